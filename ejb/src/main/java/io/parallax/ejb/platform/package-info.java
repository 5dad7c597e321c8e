/**
 * What the application needs from its platform: the data source (configured by environment) and a
 * database probe for readiness. The demo school lives in the {@code demo} module.
 */
package io.parallax.ejb.platform;
