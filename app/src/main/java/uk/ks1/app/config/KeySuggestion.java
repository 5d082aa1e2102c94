package uk.ks1.app.config;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The setting a config file most likely meant by a key it does not know: one whose key, option or
 * environment variable is at most two edits away once written alike ({@code KS1_HTTP_PORT}, {@code
 * --http-port}, {@code httpPort} and {@code http_port} all read as {@code http-port}).
 */
final class KeySuggestion {
  private static final int MAX_EDITS = 2;

  private KeySuggestion() {}

  static Optional<Setting> nearest(String key) {
    String wanted = alike(key);
    Setting best = null;
    int bestEdits = MAX_EDITS + 1;
    for (Setting s : Setting.values()) {
      int edits =
          Stream.of(s.key(), s.flag(), Optional.of(s.env()))
              .flatMap(Optional::stream)
              .mapToInt(name -> edits(wanted, alike(name)))
              .min()
              .orElse(Integer.MAX_VALUE);
      if (edits < bestEdits) {
        best = s;
        bestEdits = edits;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Lower case, words joined by '-', without a leading "--" or "KS1_". */
  static String alike(String name) {
    String words = name.strip().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    words = words.replaceAll("[_.\\s]+", "-").replaceFirst("^-+", "");
    return words.startsWith("ks1-") ? words.substring(4) : words;
  }

  /** Levenshtein distance. */
  private static int edits(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
