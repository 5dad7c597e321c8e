/** What every REST resource shares: the application path, OpenAPI metadata, problem details. */
package io.parallax.web.api;
