package uk.ks1.core.text;

/**
 * Text from outside (a dropped file's name, an exception's message about it) made safe to log: a
 * control character (a newline, a carriage return, an escape) is written as {@code \n}, {@code \r}
 * or {@code \u001b}, so no name can forge a log line or move the terminal's cursor.
 */
public final class LogText {
  private LogText() {}

  public static String safe(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        switch (c) {
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> out.append(String.format("\\u%04x", (int) c));
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
