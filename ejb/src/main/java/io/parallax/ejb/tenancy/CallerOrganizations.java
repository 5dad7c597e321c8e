package io.parallax.ejb.tenancy;

import java.util.List;

/**
 * The Keycloak organizations (aliases) named by the current caller's credentials: the {@code
 * organization} claim of their token. The web module provides it for each request; where nobody
 * provides it (a timer, an EAR without the web module's bean) there is no school.
 */
public interface CallerOrganizations {

  List<String> aliases();
}
