/**
 * The supervision part of the REST API: a supervisor's caseload and the supervision sessions they
 * record. Resources call the EJB services in {@code io.parallax.ejb.supervision}; the caller comes
 * from the container (the bearer token's subject and roles), never from a parameter.
 */
package io.parallax.web.supervision;
