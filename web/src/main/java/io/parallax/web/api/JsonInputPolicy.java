package io.parallax.web.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one input policy every JSON request body passes before it is bound to a request record, so
 * that no value is silently changed on the way in and every refusal names the field by its JSON
 * path ({@code minutes}, {@code roles[0]}, {@code grades.focus}):
 *
 * <ul>
 *   <li>text is trimmed and normalised to Unicode NFC; control characters other than tab, line feed
 *       and carriage return are refused (PostgreSQL cannot store NUL at all);
 *   <li>numbers must be whole and fit a Java {@code int}: Parallax takes no fractions, and a larger
 *       value would otherwise wrap around ({@code 4294967356} minutes became 60);
 *   <li>a text that is an ISO date ({@code 2026-11-29}) lies between {@value #FIRST_YEAR} and
 *       {@value #LAST_YEAR}: a year like {@code +999999999} would only overflow further in;
 *   <li>a list may not hold {@code null} items;
 *   <li>nesting is bounded, and the body must be one well-formed JSON value.
 * </ul>
 *
 * Lengths and ranges of single fields are Bean Validation's job on the request records.
 */
public final class JsonInputPolicy {

  static final int MAX_DEPTH = 16;
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2199;
  private static final Pattern ISO_DATE = Pattern.compile("([+-]?\\d{4,10})-\\d{2}-\\d{2}");

  private JsonInputPolicy() {}

  /** A value the policy refuses: the JSON path of the field and what is wrong with it. */
  public static final class Refused extends RuntimeException {
    private final String field;

    Refused(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** The body as the policy lets it through (normalised text), or {@link Refused}. */
  public static byte[] apply(byte[] body) {
    var out = new ByteArrayOutputStream(body.length);
    var path = new Path();
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body));
        JsonGenerator json = Json.createGenerator(out)) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT -> {
            path.value();
            json.writeStartObject();
            path.enter(false);
          }
          case START_ARRAY -> {
            path.value();
            json.writeStartArray();
            path.enter(true);
          }
          case END_OBJECT, END_ARRAY -> {
            path.leave();
            json.writeEnd();
          }
          case KEY_NAME -> {
            path.key(parser.getString());
            json.writeKey(parser.getString());
          }
          case VALUE_STRING -> {
            path.value();
            json.write(text(path.current(), parser.getString()));
          }
          case VALUE_NUMBER -> {
            path.value();
            json.write(whole(path.current(), parser.getBigDecimal()));
          }
          case VALUE_NULL -> {
            path.value();
            if (path.inArray()) {
              throw new Refused(path.current(), "A list may not hold empty (null) items.");
            }
            json.writeNull();
          }
          case VALUE_TRUE -> {
            path.value();
            json.write(true);
          }
          case VALUE_FALSE -> {
            path.value();
            json.write(false);
          }
        }
        if (path.depth() > MAX_DEPTH) {
          throw new Refused(path.current(), "The request nests deeper than Parallax reads.");
        }
      }
    } catch (JsonParsingException malformed) {
      var at = malformed.getLocation();
      throw new Refused(
          null,
          "The request body is not well-formed JSON"
              + (at == null
                  ? "."
                  : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")."));
    } catch (jakarta.json.JsonException unreadable) {
      throw new Refused(null, "The request body is not well-formed JSON in UTF-8.");
    }
    return out.toByteArray();
  }

  static String text(String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      if (control && c != '\t' && c != '\n' && c != '\r') {
        throw new Refused(
            field,
            String.format(
                "The text holds an invisible control character (U+%04X): remove it.", (int) c));
      }
    }
    String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    Matcher date = ISO_DATE.matcher(text);
    if (date.matches()) {
      long year = Long.parseLong(date.group(1));
      if (year < FIRST_YEAR || year > LAST_YEAR) {
        throw new Refused(
            field,
            "'"
                + text
                + "' is not a date Parallax takes: give one from "
                + FIRST_YEAR
                + "-01-01 to "
                + LAST_YEAR
                + "-12-31.");
      }
    }
    return text;
  }

  static int whole(String field, BigDecimal number) {
    try {
      return number.intValueExact();
    } catch (ArithmeticException notAnInt) {
      throw new Refused(
          field,
          "'"
              + number.toPlainString()
              + "' is not a whole number Parallax can take (from "
              + Integer.MIN_VALUE
              + " to "
              + Integer.MAX_VALUE
              + ").");
    }
  }

  /** Where the parser is, as a JSON path: keys joined by dots, array items by index. */
  private static final class Path {
    private final Deque<Step> steps = new ArrayDeque<>();

    private static final class Step {
      final boolean array;
      String key;
      int index = -1;

      Step(boolean array) {
        this.array = array;
      }
    }

    void enter(boolean array) {
      steps.push(new Step(array));
    }

    void leave() {
      steps.pop();
    }

    void key(String key) {
      steps.peek().key = key;
    }

    /** A value starts: in a list, it is the next item. */
    void value() {
      if (!steps.isEmpty() && steps.peek().array) {
        steps.peek().index++;
      }
    }

    boolean inArray() {
      return !steps.isEmpty() && steps.peek().array;
    }

    int depth() {
      return steps.size();
    }

    String current() {
      var path = new StringBuilder();
      var outermostFirst = steps.descendingIterator();
      while (outermostFirst.hasNext()) {
        Step step = outermostFirst.next();
        if (step.array) {
          path.append('[').append(Math.max(step.index, 0)).append(']');
        } else if (step.key != null) {
          path.append(path.length() == 0 ? "" : ".").append(step.key);
        }
      }
      return path.length() == 0 ? null : path.toString();
    }
  }
}
