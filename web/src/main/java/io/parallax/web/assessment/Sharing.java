package io.parallax.web.assessment;

/**
 * Whether the trainee reads the assessment once it is signed off. Switchable before and after the
 * sign-off: sharing is not part of what was assessed.
 */
public record Sharing(boolean shared) {}
