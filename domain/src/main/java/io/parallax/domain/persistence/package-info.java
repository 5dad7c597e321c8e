/**
 * The schema's life cycle. Flyway owns the schema (scripts in {@code db/migration}, the same for H2
 * and PostgreSQL); it runs while Hibernate builds the persistence unit, before Hibernate validates
 * the mapping against the schema and before the application serves anything.
 */
package io.parallax.domain.persistence;
