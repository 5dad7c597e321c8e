/** MicroProfile Health checks, served by Payara at {@code /health}. */
package io.parallax.web.health;
