package io.parallax.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.web.Deployments;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.TestSchool;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Property-based fuzzing of every POST and PUT the OpenAPI document lists, over HTTP against the
 * real deployment: a plausible body is built from each request schema, then one field at a time is
 * broken (wrong type, null, null item, control characters, 100,000 characters, a far date, an
 * unknown enum value, an extra field), and broken JSON is sent. No answer may be 5xx; a refusal is
 * problem+json, and where the broken value is one the input policy or the binding refuses, the
 * problem names that field. The callers' records are the same afterwards. Seeded and reproducible:
 * {@code -Dparallax.fuzz.seed=...} repeats a run, and a failure prints its seed and case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MIN_CASES = 1_000;
  private static final List<String> LISTS =
      List.of(
          "api/v1/programs",
          "api/v1/cohorts",
          "api/v1/members",
          "api/v1/me/sessions",
          "api/v1/me/clients",
          "api/v1/me/contracts",
          "api/v1/supervision-sessions");

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  /** One generated request and what it must be answered with. */
  record Case(String method, String path, String body, String brokenField, boolean mustNameField) {
    @Override
    public String toString() {
      String shown = body.length() > 200 ? body.substring(0, 200) + "…" : body;
      return method + " " + path + " (" + brokenField + ") " + shown;
    }
  }

  @Test
  void noGeneratedRequestIsAnswered5xxAndNothingStoredChanges() throws Exception {
    long seed = Long.getLong("parallax.fuzz.seed", System.nanoTime());
    var random = new Random(seed);
    TestSchool school = TestSchool.onboard("fuzz");
    Map<String, Api> callers =
        Map.of(
            "operator", Api.as(base, Realm.OPERATOR, Realm.operatorPassword()),
            "admin", school.as(school.admin()),
            "supervisor", school.as(school.supervisor()),
            "trainee", school.as(school.trainee()));
    Map<String, String> before = records(callers);
    List<Case> cases = cases(openApi(), random);
    var counts = new TreeMap<Integer, Integer>();
    var accepted = new ArrayList<Case>();

    for (Case c : cases) {
      Api.Answer answer = callers.get(callerOf(c.path())).send(c.method(), c.path(), c.body(), "0");
      counts.merge(answer.status(), 1, Integer::sum);
      if (answer.status() < 300) {
        accepted.add(c);
      }
      String context = "seed " + seed + ", case " + c + " -> " + answer;
      assertThat(answer.status()).as(context).isLessThan(500);
      if (answer.status() >= 400) {
        assertThat(answer.contentType()).as(context).startsWith("application/problem+json");
      }
      if (c.mustNameField()) {
        assertThat(answer.status()).as(context).isIn(400, 413);
        assertThat(namedFields(answer.json())).as(context).contains(c.brokenField());
      }
    }

    System.out.println("FuzzIT seed " + seed + ": " + cases.size() + " cases, statuses " + counts);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(MIN_CASES);
    assertThat(accepted)
        .as("seed " + seed + ": only unknown extra fields or left-out optional ones may pass")
        .allMatch(c -> c.brokenField() != null && !c.mustNameField());
    if (accepted.isEmpty()) {
      assertThat(records(callers)).as("seed " + seed).isEqualTo(before);
    } else {
      System.out.println("FuzzIT accepted (stored legitimately): " + accepted);
    }
  }

  private JsonNode openApi() throws Exception {
    HttpResponse<String> document =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(document.body());
  }

  private static String callerOf(String path) {
    if (path.startsWith("api/v1/schools")) {
      return "operator";
    }
    if (path.startsWith("api/v1/me")) {
      return "trainee";
    }
    if (path.contains("assessments") || path.contains("supervision") || path.contains("caseload")) {
      return "supervisor";
    }
    return "admin";
  }

  /** What each caller's lists hold, by caller and list (lists a caller may not read answer 403). */
  private static Map<String, String> records(Map<String, Api> callers) throws Exception {
    var records = new TreeMap<String, String>();
    for (var caller : callers.entrySet()) {
      for (String list : LISTS) {
        Api.Answer answer = caller.getValue().get(list + "?size=100");
        records.put(caller.getKey() + " " + list, answer.status() + " " + answer.response().body());
      }
    }
    return records;
  }

  private static List<String> namedFields(JsonNode problem) {
    var fields = new ArrayList<String>();
    if (problem.hasNonNull("field")) {
      fields.add(problem.get("field").asText());
    }
    for (JsonNode error : problem.path("errors")) {
      fields.add(error.path("field").asText());
    }
    return fields;
  }

  /** Every POST/PUT with a JSON body, each field broken each way, until at least MIN_CASES. */
  static List<Case> cases(JsonNode openApi, Random random) {
    var operations = new ArrayList<Case>();
    var templates = new ArrayList<Map.Entry<String[], ObjectNode>>();
    Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
    while (paths.hasNext()) {
      var path = paths.next();
      for (String method : List.of("post", "put")) {
        JsonNode operation = path.getValue().path(method);
        JsonNode schema =
            operation.path("requestBody").path("content").path("application/json").path("schema");
        if (operation.isMissingNode() || schema.isMissingNode()) {
          continue;
        }
        String url = concrete(path.getKey());
        JsonNode resolved = resolve(openApi, schema);
        if (!resolved.has("properties")) {
          continue;
        }
        templates.add(
            Map.entry(
                new String[] {method.toUpperCase(), url},
                (ObjectNode) plausible(openApi, resolved, random)));
        operations.add(new Case(method.toUpperCase(), url, "{\"truncated\": ", null, false));
        operations.add(new Case(method.toUpperCase(), url, "[1,2", null, false));
      }
    }
    var cases = new ArrayList<>(operations);
    while (cases.size() < MIN_CASES) {
      for (var template : templates) {
        cases.addAll(broken(openApi, template.getKey(), template.getValue(), random));
      }
    }
    return cases;
  }

  private static String concrete(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    if (!relative.startsWith("api/")) {
      relative = "api/" + relative;
    }
    // a calibration case is numbered from 0; every other path parameter is an id
    return relative.replace("{case}", "0").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
  }

  private static List<Case> broken(
      JsonNode openApi, String[] operation, ObjectNode template, Random random) {
    var cases = new ArrayList<Case>();
    Iterator<String> names = template.fieldNames();
    var fields = new ArrayList<String>();
    names.forEachRemaining(fields::add);
    for (String field : fields) {
      JsonNode value = template.get(field);
      var ways = new LinkedHashMap<String, JsonNode>();
      ways.put("null", NODES.nullNode());
      if (value.isTextual()) {
        ways.put("type", NODES.numberNode(random.nextInt(1000)));
        ways.put("control", NODES.textNode("a" + (char) (random.nextInt(8) + 1) + "b\u0000c"));
        ways.put("long", NODES.textNode("x".repeat(100_000)));
        if (isDate(value.asText())) {
          ways.put(
              "far",
              NODES.textNode(random.nextBoolean() ? "+999999999-12-31" : "-999999999-01-01"));
        } else if (value.asText().equals(value.asText().toUpperCase())
            && value.asText().matches("[A-Z_0-9]+")) {
          ways.put("enum", NODES.textNode("NO_SUCH_" + random.nextInt(100)));
        }
      } else if (value.isNumber()) {
        ways.put("type", NODES.textNode("many"));
        ways.put(
            "overflow",
            NODES.numberNode(
                new java.math.BigInteger(
                    random.nextBoolean() ? "4294967356" : "9223372036854775808")));
        ways.put("fraction", NODES.numberNode(1.5));
      } else if (value.isArray()) {
        ways.put("type", NODES.textNode("not a list"));
        ArrayNode withNull = NODES.arrayNode().add(NODES.nullNode());
        ways.put("nullItem", withNull);
      } else if (value.isBoolean()) {
        ways.put("type", NODES.textNode("perhaps"));
      }
      for (var way : ways.entrySet()) {
        ObjectNode body = template.deepCopy();
        body.set(field, way.getValue());
        boolean mustName =
            List.of("control", "far", "overflow", "fraction", "nullItem").contains(way.getKey());
        String named = way.getKey().equals("nullItem") ? field + "[0]" : field;
        cases.add(new Case(operation[0], operation[1], body.toString(), named, mustName));
      }
      ObjectNode extra = template.deepCopy();
      extra.put("unknown" + random.nextInt(1000), "x".repeat(random.nextInt(2000)));
      cases.add(new Case(operation[0], operation[1], extra.toString(), "extra", false));
    }
    return cases;
  }

  private static boolean isDate(String text) {
    return text.matches("\\d{4}-\\d{2}-\\d{2}");
  }

  private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      String name = current.get("$ref").asText().replace("#/components/schemas/", "");
      current = openApi.path("components").path("schemas").path(name);
    }
    if (current.has("allOf")) {
      var merged = NODES.objectNode();
      var properties = NODES.objectNode();
      for (JsonNode part : current.get("allOf")) {
        JsonNode resolved = resolve(openApi, part);
        if (resolved.has("properties")) {
          properties.setAll((ObjectNode) resolved.get("properties"));
        }
      }
      merged.set("properties", properties);
      return merged;
    }
    return current;
  }

  /**
   * A value of the schema's shape with values that pass the binding (not necessarily the rules).
   */
  private static JsonNode plausible(JsonNode openApi, JsonNode schema, Random random) {
    JsonNode resolved = resolve(openApi, schema);
    if (resolved.has("enum")) {
      JsonNode values = resolved.get("enum");
      return values.get(random.nextInt(values.size()));
    }
    String type = resolved.path("type").asText("object");
    String format = resolved.path("format").asText("");
    return switch (type) {
      case "string" ->
          switch (format) {
            case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
            case "date" -> NODES.textNode(LocalDate.now().minusDays(random.nextInt(30)).toString());
            default -> NODES.textNode("fuzz " + random.nextInt(1000));
          };
      case "integer", "number" -> NODES.numberNode(1 + random.nextInt(5));
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      case "array" -> NODES.arrayNode().add(plausible(openApi, resolved.path("items"), random));
      default -> {
        ObjectNode object = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
        while (properties.hasNext()) {
          var property = properties.next();
          object.set(property.getKey(), plausible(openApi, property.getValue(), random));
        }
        yield object;
      }
    };
  }
}
