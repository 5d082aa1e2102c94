package uk.ks1.core.rule;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.ValidationIssue;

/**
 * One of the messages of a file rule raised in several situations (F01 for a damaged zip, for an
 * .xls renamed .xlsx, for malformed XML...): its name among the rule's messages and its template.
 * Declared in {@link FileRules} beside its rule, so docs/rules.md lists every message a school can
 * receive. A limit a message states is a detail, given from the constant the reader applies, never
 * written into the template.
 */
public record FileMessage(RuleDefinition rule, String name, String template) {
  public FileMessage {
    Objects.requireNonNull(rule, "rule");
    if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "A message's name is lower-case words joined by '-', not: " + name);
    }
    MessageTemplate.placeholders(template); // fails now, not when the message is first raised
  }

  /** The details the message needs, in the order the template names them. */
  public List<String> placeholders() {
    return MessageTemplate.placeholders(template);
  }

  /**
   * The message with {@code details} filling its placeholders: every one of them, and nothing else
   * (a detail the template does not name is as much a slip as a missing one), or it throws.
   */
  public String render(Map<String, ?> details) {
    return FileRules.render(template, details);
  }

  /** An upload-error issue of this message's rule, worded by it. */
  public ValidationIssue issue(Integer row, Field field, String value, Map<String, ?> details) {
    return FileRules.issue(rule, row, field, value, render(details));
  }
}
