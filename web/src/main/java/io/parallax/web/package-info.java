/**
 * The web face of Parallax: PrimeFaces views (package {@code view}), the REST API under {@code
 * /api/v1} (package {@code api} and one package per business area) and health checks. Nothing here
 * hands an entity out; it shows the records the services return.
 */
package io.parallax.web;
