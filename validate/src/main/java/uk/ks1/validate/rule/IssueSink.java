package uk.ks1.validate.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.ValidationIssue;

/** Collects every violation (a validator reports them all, it never stops at the first). */
public final class IssueSink {
  private final List<ValidationIssue> issues = new ArrayList<>();

  public void report(RuleDefinition rule, Integer row, Field field, String value, String message) {
    issues.add(
        new ValidationIssue(
            rule.id(), rule.severity(), rule.effect(), row, field, value, message, rule.allowed()));
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
}
