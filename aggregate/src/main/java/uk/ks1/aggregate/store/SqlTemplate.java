package uk.ks1.aggregate.store;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a rule's message template into a SQL string expression, so a message the store computes
 * (the cross-school query) reads exactly as its template in the catalogue says.
 */
final class SqlTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  private SqlTemplate() {}

  /** {@code 'literal' || (expression) || 'literal' ...}; each placeholder needs an expression. */
  static String concat(String template, Map<String, String> expressions) {
    StringBuilder sql = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(template);
    int last = 0;
    while (m.find()) {
      String expression = expressions.get(m.group(1));
      if (expression == null) {
        throw new IllegalStateException("No SQL for {" + m.group(1) + "} in: " + template);
      }
      append(sql, literal(template.substring(last, m.start())));
      append(sql, "(" + expression + ")");
      last = m.end();
    }
    append(sql, literal(template.substring(last)));
    return sql.toString();
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static void append(StringBuilder sql, String part) {
    if (part.equals("''")) {
      return;
    }
    if (sql.length() > 0) {
      sql.append(" || ");
    }
    sql.append(part);
  }
}
