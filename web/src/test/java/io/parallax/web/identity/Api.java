package io.parallax.web.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The REST API as a client calls it: JSON over HTTP with a bearer token (or none). */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URL base;
  private final String token;
  private final String language;

  public Api(URL base, String token) {
    this(base, token, null);
  }

  private Api(URL base, String token, String language) {
    this.base = base;
    this.token = token;
    this.language = language;
  }

  /** The same caller, asking for answers in {@code language} (an Accept-Language value). */
  public Api inLanguage(String language) {
    return new Api(base, token, language);
  }

  public static Api as(URL base, String username, String password) throws Exception {
    return new Api(base, Realm.token(username, password));
  }

  public Answer get(String path) throws Exception {
    return send(request(path).GET());
  }

  public Answer post(String path, Object body) throws Exception {
    return post(path, body, null);
  }

  public Answer post(String path, Object body, String ifMatch) throws Exception {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    body == null ? "" : JSON.writeValueAsString(body)));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  /** Sends {@code json} as it is, e.g. a body with wrong types that a client might send. */
  public Answer send(String method, String path, String json, String ifMatch) throws Exception {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  public Answer put(String path, Object body, String ifMatch) throws Exception {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  private HttpRequest.Builder request(String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.toURI().resolve(path)).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return request;
  }

  private static Answer send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response);
  }

  /** A response, its body read as JSON when it is JSON. */
  public record Answer(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public JsonNode json() throws Exception {
      return JSON.readTree(response.body());
    }

    public String etag() {
      return response.headers().firstValue("ETag").orElse(null);
    }

    public String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    @Override
    public String toString() {
      return response.statusCode() + " " + response.body();
    }
  }

  static URI uri(URL base, String path) throws Exception {
    return base.toURI().resolve(path);
  }

  // --- privacy (people5): answers that are files ---

  /** GET {@code path} asking for {@code accept}, the body as bytes (a ZIP, a CSV). */
  public HttpResponse<byte[]> download(String path, String accept) throws Exception {
    HttpRequest.Builder request = request(path).setHeader("Accept", accept);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
