package uk.ks1.reporting.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.ks1.reporting.access.Scope;

/**
 * One request as routes see it: its parameters, checked against the shapes the store uses (so a
 * parameter never reaches SQL unchecked), and the caller's scope as the gate resolved it.
 *
 * <p>This is the one place where a client's text becomes a value: {@link #query(String, Function,
 * String)} turns any failure of a conversion into a {@link BadRequest} (a 400 with what is
 * allowed), so no parsing exception of a client's input reaches the server's log as a 500.
 */
public final class ApiRequest {
  private static final Pattern LA = Pattern.compile("\\d{3}");
  private static final Pattern LAESTAB = Pattern.compile("\\d{7}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** The range a time parameter may take: what the store's timestamps can hold. */
  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private final Context ctx;
  private final Scope scope;
  private final int defaultYear;
  private final Map<String, List<String>> query;

  /** Decodes the query string strictly: {@link BadRequest} if it is malformed. */
  ApiRequest(Context ctx, Scope scope, int defaultYear) {
    this.ctx = ctx;
    this.scope = scope;
    this.defaultYear = defaultYear;
    this.query = QueryString.parse(ctx.queryString());
  }

  public Scope scope() {
    return scope;
  }

  /** A POST's body: a JSON object of at most 4 KB, else {@link BadRequest}. */
  public com.fasterxml.jackson.databind.JsonNode jsonBody() {
    byte[] body = ctx.bodyAsBytes();
    if (body.length > 4096) {
      throw new BadRequest("The body is larger than 4 KB");
    }
    try {
      com.fasterxml.jackson.databind.JsonNode node = uk.ks1.core.json.Json.mapper().readTree(body);
      if (node == null || !node.isObject()) {
        throw new BadRequest("The body must be a JSON object");
      }
      return node;
    } catch (java.io.IOException e) {
      throw new BadRequest(
          "The body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /** A path parameter, checked: {@code la} is 3 digits, {@code laestab} 7. */
  public String pathParam(String name) {
    String value;
    try {
      value = ctx.pathParam(name);
    } catch (IllegalArgumentException e) { // its percent-encoding is malformed
      throw new BadRequest("The path is not valid percent-encoded UTF-8");
    }
    check(name, value);
    return value;
  }

  /** The one path parameter of an asset route (a file name or a path). */
  public String rawPathParam() {
    return ctx.pathParamMap().values().iterator().next();
  }

  /** A query parameter or null, checked like path parameters. */
  public String query(String name) {
    List<String> values = query.get(name);
    String value = values == null ? null : values.get(0);
    if (value == null || value.isBlank()) {
      return null;
    }
    check(name, value);
    return value;
  }

  /**
   * A query parameter converted by {@code convert}, or null when absent. Whatever the conversion
   * throws is the client's mistake: a 400 that names the value and says what is {@code allowed}.
   */
  public <T> T query(String name, Function<String, T> convert, String allowed) {
    String value = query(name);
    if (value == null) {
      return null;
    }
    T converted;
    try {
      converted = convert.apply(value);
    } catch (RuntimeException e) {
      converted = null;
    }
    if (converted == null) {
      throw new BadRequest("'" + value + "' is not a valid " + name + ": " + allowed);
    }
    return converted;
  }

  /** The year asked for ({@code ?year=}), or the latest the store has, or the configured one. */
  public int year(java.util.OptionalInt latest) {
    Integer y = query("year", Integer::valueOf, "a year such as 2023");
    return y != null ? y : latest.orElse(defaultYear);
  }

  /**
   * An ISO instant the store can compare with (years 1 to 9999); null (refused by {@link
   * #query(String, Function, String)}) outside that range, where conversions overflow.
   */
  public static Instant instant(String text) {
    Instant t = Instant.parse(text);
    return t.isBefore(FIRST) || t.isAfter(LAST) ? null : t;
  }

  /** The same instant as the store's UTC timestamps hold it. */
  public static java.sql.Timestamp utcTimestamp(Instant t) {
    return java.sql.Timestamp.valueOf(t.atOffset(ZoneOffset.UTC).toLocalDateTime());
  }

  private static void check(String name, String value) {
    boolean ok =
        switch (name) {
          case "la" -> LA.matcher(value).matches();
          case "laestab" -> LAESTAB.matcher(value).matches();
          case "year" -> YEAR.matcher(value).matches();
          default -> value.length() <= 200;
        };
    if (!ok) {
      throw new BadRequest("'" + value + "' is not a valid " + name);
    }
  }

  /** A parameter that cannot be right: answered 400 with the reason. */
  public static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
      super(message, null, false, false); // the client's mistake: no stack trace to keep
    }
  }
}
