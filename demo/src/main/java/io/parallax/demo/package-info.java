/**
 * The demo school of the embedded default: seeded on the first start of {@code ./run.sh} (H2 only,
 * never on PostgreSQL) with twelve trainees whose histories carry planted patterns, and its
 * members' Keycloak logins with the DEV-ONLY password {@code demo}. This module ships only in
 * {@code parallax-demo.war}; the product WAR and the EAR carry none of it.
 */
package io.parallax.demo;
