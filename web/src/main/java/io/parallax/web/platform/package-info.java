/** Pages of the platform admin: the schools (tenants) of Parallax. */
package io.parallax.web.platform;
