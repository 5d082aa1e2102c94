package uk.ks1.app.config;

import java.nio.file.Path;

/** Where a setting's value came from, as a message tells it. */
public record Origin(Kind kind, String where) {
  public enum Kind {
    FLAG,
    ENV,
    FILE,
    DEFAULT
  }

  public static Origin flag(String flag) {
    return new Origin(Kind.FLAG, flag);
  }

  public static Origin env(String variable) {
    return new Origin(Kind.ENV, variable);
  }

  /** The entry for {@code key} on line {@code line} of a config file. */
  public static Origin file(Path file, int line, String key) {
    return new Origin(Kind.FILE, file + " line " + line + " (" + key + ")");
  }

  /** A file that is the value as a whole. */
  public static Origin file(Path file) {
    return new Origin(Kind.FILE, file.toString());
  }

  public static Origin byDefault() {
    return new Origin(Kind.DEFAULT, "the default");
  }

  /** The sentence that ends a problem's message, e.g. "Given by KS1_HTTP_PORT." */
  public String sentence() {
    return switch (kind) {
      case FLAG -> "Given on the command line.";
      case ENV -> "Given by " + where + ".";
      case FILE -> "Given in " + where + ".";
      case DEFAULT -> "This is the default.";
    };
  }
}
