/**
 * What the application needs from its platform: the data source (configured by environment), a
 * database probe for readiness, and the demo school of the embedded default.
 */
package io.parallax.ejb.platform;
