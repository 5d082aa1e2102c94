package uk.ks1.reporting.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import uk.ks1.reporting.access.Scope;

/**
 * One request as routes see it: its parameters, checked against the shapes the store uses (so a
 * parameter never reaches SQL unchecked), and the caller's scope as the gate resolved it.
 */
public final class ApiRequest {
  private static final Pattern LA = Pattern.compile("\\d{3}");
  private static final Pattern LAESTAB = Pattern.compile("\\d{7}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final Context ctx;
  private final Scope scope;
  private final int defaultYear;

  ApiRequest(Context ctx, Scope scope, int defaultYear) {
    this.ctx = ctx;
    this.scope = scope;
    this.defaultYear = defaultYear;
  }

  public Scope scope() {
    return scope;
  }

  /** A path parameter, checked: {@code la} is 3 digits, {@code laestab} 7. */
  public String pathParam(String name) {
    String value = ctx.pathParam(name);
    check(name, value);
    return value;
  }

  /** The one path parameter of an asset route (a file name or a path). */
  public String rawPathParam() {
    return ctx.pathParamMap().values().iterator().next();
  }

  /** A query parameter or null, checked like path parameters. */
  public String query(String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    check(name, value);
    return value;
  }

  /** The year asked for ({@code ?year=}), or the latest the store has, or the configured one. */
  public int year(java.util.OptionalInt latest) {
    String y = query("year");
    if (y != null) {
      return Integer.parseInt(y);
    }
    return latest.orElse(defaultYear);
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
      super(message);
    }
  }
}
