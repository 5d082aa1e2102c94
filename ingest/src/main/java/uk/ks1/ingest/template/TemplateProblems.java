package uk.ks1.ingest.template;

import java.util.Collection;
import java.util.List;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.Laestab;
import uk.ks1.core.rule.FileRules;
import uk.ks1.core.rule.RuleDefinition;

/**
 * The file-level problems of a template, worded for a school business manager: the file, the row,
 * the column as the file heads it, the value found and what is allowed.
 */
final class TemplateProblems {
  private final String fileName;

  TemplateProblems(String fileName) {
    this.fileName = fileName;
  }

  /** "Row 3 of f.csv: column 'Year'", where a cell's problem is. */
  private String at(int row, String column) {
    return "Row " + row + " of " + fileName + ": column '" + column + "'";
  }

  ValidationIssue yearUnreadable(int row, String column, String text) {
    return FileRules.issue(
        FileRules.YEAR_UNREADABLE,
        row,
        Field.FILE,
        text,
        at(row, column)
            + " holds '"
            + text
            + "', which is not an assessment year. Write the summer assessed (e.g. 2023)"
            + " or the academic year (2022/23).");
  }

  ValidationIssue badSchool(int row, String column, String written) {
    String hint =
        written.isEmpty()
            ? "is blank"
            : written.matches("\\d{4}")
                ? "holds '" + written + "', an establishment number without its LA code"
                : "holds '" + written + "', which is not a 7-digit DfE number";
    return FileRules.issue(
        FileRules.LAESTAB_MALFORMED,
        row,
        Field.LAESTAB,
        written,
        at(row, column)
            + " "
            + hint
            + ". Write the school's full DfE number, LA code first (e.g. 3302001).");
  }

  ValidationIssue missingColumns(TemplateHeader h) {
    List<String> names = h.missing().stream().map(TemplateColumn::templateName).toList();
    return FileRules.issue(
        FileRules.NO_HEADER,
        h.row(),
        Field.FILE,
        String.join(", ", names),
        "The header row (row "
            + h.row()
            + ") of "
            + fileName
            + " lacks the column(s) "
            + String.join(", ", names)
            + ". Use the template's column names (any case and spacing); extra columns are"
            + " fine.");
  }

  /** {@code above}: the rows read while looking for the header. */
  ValidationIssue noHeader(List<List<String>> above) {
    // never the row's text: a file without its header starts with a pupil (UPN, names, date of
    // birth), and reasons reach the store, the API and the analysts' snapshot
    long cells =
        above.stream()
            .map(row -> row.stream().filter(c -> !CellText.clean(c).isBlank()).count())
            .filter(n -> n > 0)
            .findFirst()
            .orElse(0L);
    if (cells == 0) {
      return FileRules.issue(
          FileRules.EMPTY,
          null,
          Field.FILE,
          "",
          fileName + " has no rows with any text. Fill in the template and send it again.");
    }
    return FileRules.issue(
        FileRules.NO_HEADER,
        1,
        Field.FILE,
        cells + " cells",
        "No header row with the template's column names was found in the first "
            + TemplateReader.HEADER_WITHIN
            + " rows of "
            + fileName
            + " (its first row with text has "
            + cells
            + " cells, none of them the template's column names). The template's header is:"
            + " School DFE, UPN, Forename, Surname, Gender, Date of birth, NC Year, Teacher"
            + " Assessment: KS1 Reading, ...: KS1 Writing, ...: KS1 Maths, ...: KS1 Science.");
  }

  ValidationIssue noPupilRows(int headerRow) {
    return FileRules.issue(
        FileRules.EMPTY,
        headerRow,
        Field.FILE,
        "",
        fileName
            + " has a header row (row "
            + headerRow
            + ") but no pupil rows below it. Add one row per pupil.");
  }

  ValidationIssue tooManyRows(int maxRows) {
    return FileRules.issue(
        FileRules.TOO_MANY_ROWS,
        null,
        Field.FILE,
        "more than " + maxRows,
        fileName
            + " has more than "
            + maxRows
            + " rows; the limit is "
            + maxRows
            + ". Split it into smaller files (one per school, or a zip of them).");
  }

  ValidationIssue mixedYears(Laestab school, String column, Collection<Integer> years) {
    return FileRules.issue(
        FileRules.YEAR_UNREADABLE,
        null,
        Field.FILE,
        years.toString(),
        "School "
            + school
            + " has rows for more than one year in "
            + fileName
            + " (column '"
            + column
            + "': "
            + years
            + "). Send one file per year.");
  }

  static ValidationIssue more(RuleDefinition rule, Field field, int howMany) {
    return FileRules.issue(
        rule, null, field, "", "... and " + howMany + " more row(s) with the same problem.");
  }
}
