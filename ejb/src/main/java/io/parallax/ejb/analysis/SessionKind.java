package io.parallax.ejb.analysis;

/** Client sessions (a trainee with a client) and supervision sessions (a supervisor with them). */
public enum SessionKind {
  CLIENT,
  SUPERVISION
}
