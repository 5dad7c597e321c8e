package io.parallax.web.security;

import java.util.List;
import java.util.Set;

/** A bearer token that passed every check: who, in which roles, for which organizations. */
public record VerifiedToken(String subject, Set<String> roles, List<String> organizations) {}
