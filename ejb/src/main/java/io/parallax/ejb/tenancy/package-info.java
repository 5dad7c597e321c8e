/** Binding each service call to the caller's school. */
package io.parallax.ejb.tenancy;
