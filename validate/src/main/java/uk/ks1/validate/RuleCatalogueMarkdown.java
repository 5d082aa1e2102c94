package uk.ks1.validate;

import java.util.List;
import java.util.Locale;
import uk.ks1.core.rule.FileMessage;
import uk.ks1.core.rule.FileRules;
import uk.ks1.core.rule.RuleDefinition;

/**
 * The rule catalogue of docs/rules.md, generated from {@link RuleCatalogue} so the two cannot
 * drift: {@code RuleCatalogueDocTest} fails when the page differs, and with {@code
 * -Dks1.docs.write=true} rewrites the table between the markers (for the collections the app
 * registers).
 */
public final class RuleCatalogueMarkdown {
  /** The page holding the catalogue, relative to the repository's root. */
  public static final String DOC = "docs/rules.md";

  public static final String START =
      "<!-- rule catalogue: generated from RuleCatalogue (RuleCatalogueMarkdown), do not edit -->";
  public static final String END = "<!-- end of rule catalogue -->";

  private RuleCatalogueMarkdown() {}

  /**
   * The markdown table: one row per rule, in the catalogue's order; a file rule with several
   * messages points to {@link #messages}.
   */
  public static String table(List<RuleDefinition> rules) {
    StringBuilder md = new StringBuilder();
    md.append("| id | severity | effect | what it checks | allowed | message |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (RuleDefinition r : rules) {
      md.append("| ")
          .append(r.id())
          .append(" | ")
          .append(r.severity().label())
          .append(" | ")
          .append(r.effect().name().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(cell(r.checks()))
          .append(" | ")
          .append(cell(r.allowed()))
          .append(" | ")
          .append(message(r))
          .append(" |\n");
    }
    return md.toString();
  }

  /** The table of the file rules' messages: one row per message, each rule's in turn. */
  public static String messages(List<FileMessage> messages) {
    StringBuilder md = new StringBuilder();
    md.append("| id | message | text |\n");
    md.append("|---|---|---|\n");
    for (FileMessage m : messages) {
      md.append("| ")
          .append(m.rule().id())
          .append(" | ")
          .append(m.name())
          .append(" | ")
          .append(code(m.template()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String message(RuleDefinition r) {
    if (r.template() != null) {
      return code(r.template());
    }
    int n = FileRules.messages(r).size();
    return n > 0
        ? "*one of its " + n + " messages, in the table below*"
        : "*written by the file reader, naming what it found*";
  }

  /** {@code doc} with the table between the markers replaced by the catalogue's. */
  public static String updated(String doc, RuleCatalogue catalogue) {
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          DOC + " has no rule catalogue markers: put " + START + " and " + END + " around it");
    }
    return doc.substring(0, start + START.length())
        + "\n"
        + table(catalogue.definitions())
        + "\nThe messages of the file rules raised in several situations:\n\n"
        + messages(catalogue.fileMessages())
        + doc.substring(end);
  }

  private static String code(String template) {
    return "`" + template.replace("|", "\\|") + "`";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;");
  }
}
