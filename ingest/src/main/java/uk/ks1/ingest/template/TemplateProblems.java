package uk.ks1.ingest.template;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.Laestab;
import uk.ks1.core.rule.FileMessage;
import uk.ks1.core.rule.FileRules;

/**
 * The file-level problems of a template, worded for a school business manager: the file, the row,
 * the column as the file heads it, the value found and what is allowed.
 */
final class TemplateProblems {
  private final String fileName;

  TemplateProblems(String fileName) {
    this.fileName = fileName;
  }

  ValidationIssue yearUnreadable(int row, String column, String text) {
    return FileRules.YEAR_NOT_A_YEAR.issue(
        row,
        Field.FILE,
        text,
        Map.of("row", row, "name", fileName, "column", column, "written", text));
  }

  ValidationIssue badSchool(int row, String column, String written) {
    Map<String, Object> details = new HashMap<>();
    details.put("row", row);
    details.put("name", fileName);
    details.put("column", column);
    if (written.isEmpty()) {
      return FileRules.SCHOOL_BLANK.issue(row, Field.LAESTAB, written, details);
    }
    details.put("written", written);
    FileMessage message =
        written.matches("\\d{4}") ? FileRules.SCHOOL_WITHOUT_LA : FileRules.SCHOOL_MALFORMED;
    return message.issue(row, Field.LAESTAB, written, details);
  }

  ValidationIssue missingColumns(TemplateHeader h) {
    List<String> names = h.missing().stream().map(TemplateColumn::templateName).toList();
    String columns = String.join(", ", names);
    return FileRules.issue(
        FileRules.COLUMNS_MISSING,
        h.layout().wording(),
        h.row(),
        Field.FILE,
        columns,
        Map.of("row", h.row(), "name", fileName, "columns", columns));
  }

  /**
   * {@code above}: the rows read while looking for the header; {@code wording}: of the collections
   * the file may hold.
   */
  ValidationIssue noHeader(List<List<String>> above, IntakeWording wording) {
    // never the row's text: a file without its header starts with a pupil (UPN, names, date of
    // birth), and reasons reach the store, the API and the analysts' snapshot
    long cells =
        above.stream()
            .map(row -> row.stream().filter(c -> !CellText.clean(c).isBlank()).count())
            .filter(n -> n > 0)
            .findFirst()
            .orElse(0L);
    if (cells == 0) {
      return FileRules.NO_TEXT.issue(null, Field.FILE, "", Map.of("name", fileName));
    }
    return FileRules.issue(
        FileRules.NO_HEADER_ROW,
        wording,
        1,
        Field.FILE,
        cells + " cells",
        Map.of("within", TemplateReader.HEADER_WITHIN, "name", fileName, "cells", cells));
  }

  ValidationIssue noPupilRows(int headerRow) {
    return FileRules.NO_PUPIL_ROWS.issue(
        headerRow, Field.FILE, "", Map.of("name", fileName, "row", headerRow));
  }

  ValidationIssue tooManyRows(int maxRows) {
    return FileRules.issue(
        FileRules.TOO_MANY_ROWS,
        null,
        Field.FILE,
        "more than " + maxRows,
        Map.of("name", fileName, "limit", maxRows));
  }

  ValidationIssue mixedYears(Laestab school, String column, Collection<Integer> years) {
    return FileRules.MIXED_YEARS.issue(
        null,
        Field.FILE,
        years.toString(),
        Map.of("school", school, "name", fileName, "column", column, "years", years));
  }

  /** Closes a list cut short: the rows with a malformed school beyond those listed. */
  static ValidationIssue moreBadSchools(int howMany) {
    return FileRules.SCHOOL_MALFORMED_MORE.issue(null, Field.LAESTAB, "", Map.of("count", howMany));
  }
}
