package uk.ks1.core.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.ValidationIssue;

/**
 * Collects every violation (a validator reports them all, it never stops at the first) and writes
 * each message from its rule's template.
 */
public final class IssueSink {
  private final List<ValidationIssue> issues = new ArrayList<>();

  /** An issue whose message needs only the row, field, value and what is allowed. */
  public void report(RuleDefinition rule, Integer row, Field field, String value) {
    report(rule, row, field, value, Map.of());
  }

  /**
   * An issue with the rule's own placeholders in {@code details}. A detail named {@code allowed}
   * replaces the rule's general statement of what is allowed (e.g. the codes of this year).
   */
  public void report(
      RuleDefinition rule, Integer row, Field field, String value, Map<String, ?> details) {
    String allowed =
        details.containsKey("allowed") ? String.valueOf(details.get("allowed")) : rule.allowed();
    Map<String, String> values = new HashMap<>();
    details.forEach((k, v) -> values.put(k, String.valueOf(v)));
    values.put("row", row == null ? "" : row.toString());
    values.put("field", field == null ? "" : field.label());
    values.put("allowed", allowed);
    String template = rule.template();
    if (template == null) {
      throw new IllegalStateException(rule.id() + " has no message template to report with");
    }
    if (field != null && field.personal() && template.contains("{value}")) {
      // Names, UPNs and dates of birth stay in the value column, never in a message.
      throw new IllegalStateException(rule.id() + " would repeat a personal value in a message");
    }
    values.put("value", shown(value));
    issues.add(
        new ValidationIssue(
            rule.id(),
            rule.severity(),
            rule.effect(),
            row,
            field,
            value,
            MessageTemplate.render(template, values),
            allowed));
  }

  public void addAll(Collection<ValidationIssue> more) {
    issues.addAll(more);
  }

  /** The issues in file order: file-level first, then by row, each row's in the order found. */
  public List<ValidationIssue> inFileOrder() {
    List<ValidationIssue> sorted = new ArrayList<>(issues);
    sorted.sort(
        Comparator.comparing(
            ValidationIssue::row, Comparator.nullsFirst(Comparator.naturalOrder())));
    return sorted;
  }

  /** How a value found appears in a message: quoted, or "(blank)". */
  static String shown(String value) {
    return value == null || value.isBlank() ? "(blank)" : "'" + value.strip() + "'";
  }
}
