/**
 * The services of Parallax, one package per business area. {@code @Stateless} beans here are the
 * transaction boundaries and the only users of the {@code EntityManager}; each binds the caller's
 * school ({@link io.parallax.ejb.tenancy.SchoolBound}) before it touches the database.
 */
package io.parallax.ejb;
