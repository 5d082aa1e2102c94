package uk.ks1.core.text;

/**
 * Text from outside (a dropped file's name, a folder's) as a log line may carry it: every control
 * character is escaped, so a name holding a line break cannot start a forged log line, nor a
 * terminal escape rewrite what an operator sees. {@code \n}, {@code \r} and {@code \t} are written
 * as such; any other control character (C0, DEL, C1, and the Unicode line and paragraph separators)
 * as {@code \}{@code uXXXX}. Everything else is kept as it is.
 */
public final class LogText {
  private LogText() {}

  public static String escape(String text) {
    if (text == null) {
      return "null";
    }
    int i = 0;
    while (i < text.length() && !control(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text; // the usual case: nothing to escape, no copy
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!control(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean control(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
  }
}
