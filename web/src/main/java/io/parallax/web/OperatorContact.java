package io.parallax.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whom a school's members contact about their school's access: the Parallax operator. */
@Named
@ApplicationScoped
public class OperatorContact {

  @Inject
  @ConfigProperty(name = "parallax.operator-contact", defaultValue = " ")
  String email;

  /** The operator's e-mail address, or null when none is configured. */
  public String getEmail() {
    return email == null || email.isBlank() ? null : email.strip();
  }
}
