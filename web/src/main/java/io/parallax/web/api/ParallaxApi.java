package io.parallax.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API, versioned in its paths ({@code /api/v1/...}). Its resources and providers are found
 * by scanning; JSON is JSON-B's, the server's default.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Parallax API",
            version = "1",
            description =
                "Contracting practice, supervision and parallel process for coaching schools."))
public class ParallaxApi extends Application {}
