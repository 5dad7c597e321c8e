package io.parallax.web.api;

import io.parallax.web.language.Languages;
import io.parallax.web.language.Wording;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Every problem details body gets its title in the language the request accepts (the mappers write
 * the status's English reason phrase; their details they say in that language themselves).
 */
@Provider
public class ProblemTitles implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof Problem p) {
      Locale language = Languages.bestOf(request.getAcceptableLanguages());
      response.setEntity(
          new Problem(
              p.type(),
              Wording.title(p.status(), p.title(), language),
              p.status(),
              Wording.detail(p.detail(), language),
              p.field(),
              p.errors()),
          response.getEntityAnnotations(),
          response.getMediaType());
      response.getHeaders().putSingle("Content-Language", language.getLanguage());
    }
  }
}
