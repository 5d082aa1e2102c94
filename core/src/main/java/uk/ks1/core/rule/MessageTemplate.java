package uk.ks1.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with named placeholders, e.g. {@code "Row {row}, {field}: {value} is not ..."}. Every
 * rule's message names the row, the field, the value found (except for identity fields, whose value
 * stays in the value column) and what is allowed; the catalogue in docs/rules.md shows the
 * templates as they are.
 */
public final class MessageTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  /** A template's text between placeholders, and its placeholders, in order. */
  public interface Parts {
    void text(String text);

    void placeholder(String name);
  }

  private MessageTemplate() {}

  /**
   * Hands each piece of text (never empty) and each placeholder name to {@code parts}, in order. A
   * brace outside a placeholder ({@code {school_la}}, a brace left open) is a slip that would reach
   * a school as written, so it throws.
   */
  public static void walk(String template, Parts parts) {
    Matcher m = PLACEHOLDER.matcher(template);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        text(template, last, m.start(), parts);
      }
      parts.placeholder(m.group(1));
      last = m.end();
    }
    if (last < template.length()) {
      text(template, last, template.length(), parts);
    }
  }

  private static void text(String template, int from, int to, Parts parts) {
    String text = template.substring(from, to);
    if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
      throw new IllegalArgumentException(
          "A brace outside a {placeholder} (a name of letters only) in: " + template);
    }
    parts.text(text);
  }

  /** The placeholder names of a template, in order. */
  public static List<String> placeholders(String template) {
    List<String> names = new ArrayList<>();
    walk(
        template,
        new Parts() {
          @Override
          public void text(String text) {}

          @Override
          public void placeholder(String name) {
            names.add(name);
          }
        });
    return names;
  }

  /** Fills every placeholder; a placeholder without a value is a bug in the rule, so it throws. */
  public static String render(String template, Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    walk(
        template,
        new Parts() {
          @Override
          public void text(String text) {
            out.append(text);
          }

          @Override
          public void placeholder(String name) {
            out.append(required(values, name, template));
          }
        });
    return out.toString();
  }

  /** The value for {@code name}; a template naming something not given is a bug, so it throws. */
  public static String required(Map<String, String> values, String name, String template) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalStateException("No value for {" + name + "} in: " + template);
    }
    return value;
  }
}
