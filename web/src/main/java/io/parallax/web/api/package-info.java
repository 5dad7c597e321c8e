/**
 * What every REST resource shares, and only that: the application path, OpenAPI metadata, problem
 * details ({@code application/problem+json}) for every refusal, versions as ETags with If-Match,
 * pages of a list, and ISO date parameters. The resources themselves live in their area's package.
 */
package io.parallax.web.api;
