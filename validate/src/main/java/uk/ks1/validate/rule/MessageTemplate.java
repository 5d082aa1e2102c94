package uk.ks1.validate.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with named placeholders, e.g. {@code "Row {row}, {field}: {value} is not ..."}. Every
 * rule's message names the row, the field, the value found (except for identity fields, whose value
 * stays in the value column) and what is allowed; the catalogue in README shows the
 * templates as they are.
 */
public final class MessageTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  private MessageTemplate() {}

  /** The placeholder names of a template, in order. */
  public static List<String> placeholders(String template) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Fills every placeholder; a placeholder without a value is a bug in the rule, so it throws. */
  public static String render(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("No value for {" + m.group(1) + "} in: " + template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
