package uk.ks1.ingest.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import uk.ks1.core.codes.Field;
import uk.ks1.core.codes.ScaledScore;
import uk.ks1.core.codes.Subject;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.Laestab;
import uk.ks1.ingest.file.FileRejectedException;
import uk.ks1.ingest.file.SchoolReturn;
import uk.ks1.validate.file.FileRules;

/**
 * Turns the rows of a CSV or a sheet, fed one at a time with their spreadsheet row numbers, into
 * one return per school (the School DFE column). Looks for the header in the first {@value
 * #HEADER_WITHIN} rows (title rows above it are fine), skips blank rows, keeps values as written
 * except for Excel's habits and dates (made ISO), and collects every file-level problem before
 * rejecting. A row is a pupil's only if it has something in a pupil or result column (a row with
 * only a pre-filled School DFE or NC year is skipped like a blank one). Pure: the CSV and XLSX
 * parsers only feed it.
 */
public final class TemplateReader {
  /** The header must be within this many rows of the top. */
  public static final int HEADER_WITHIN = 20;

  /** At most this many rows of one rule are listed; the rest are counted. */
  private static final int LISTED = 50;

  private final String fileName;
  private final int defaultYear;
  private final int maxRows;
  private final List<List<String>> above = new ArrayList<>();
  private TemplateHeader header;
  private int rowsRead;
  private final Map<Laestab, School> schools = new LinkedHashMap<>();
  private final List<ValidationIssue> badSchools = new ArrayList<>();
  private int badSchoolRows;
  private final List<ValidationIssue> badYears = new ArrayList<>();

  public TemplateReader(String fileName, int defaultYear, int maxRows) {
    this.fileName = fileName;
    this.defaultYear = defaultYear;
    this.maxRows = maxRows;
  }

  /** One row of the file. */
  public void row(int rowNumber, List<String> cells) throws FileRejectedException {
    rowsRead++;
    if (header == null) {
      header = TemplateHeader.find(rowNumber, cells).orElse(null);
      if (header == null) {
        above.add(cells);
      } else if (!header.missing().isEmpty()) {
        throw new FileRejectedException(missingColumns(header));
      }
      return;
    }
    if (rowsRead > maxRows) {
      throw new FileRejectedException(tooManyRows());
    }
    if (blank(cells)) {
      return;
    }
    String school = header.cell(cells, TemplateColumn.SCHOOL);
    var laestab = Laestab.parse(CellText.wholeNumber(school));
    if (laestab.isEmpty()) {
      badSchool(rowNumber, school);
      return;
    }
    School s = schools.computeIfAbsent(laestab.get(), School::new);
    if (s.name == null) {
      s.name = CellText.orNull(header.cell(cells, TemplateColumn.SCHOOL_NAME));
    }
    year(rowNumber, cells, s);
    s.pupils.add(pupil(rowNumber, cells));
  }

  /** True once {@value #HEADER_WITHIN} rows have gone by without a header: not this sheet. */
  public boolean gaveUp() {
    return header == null && rowsRead >= HEADER_WITHIN;
  }

  public boolean foundHeader() {
    return header != null;
  }

  /** The returns, one per school in order of first appearance, or every reason to reject. */
  public List<SchoolReturn> finish() throws FileRejectedException {
    if (header == null) {
      throw new FileRejectedException(noHeader());
    }
    List<ValidationIssue> reasons = new ArrayList<>(badSchools);
    if (badSchoolRows > LISTED) {
      reasons.add(more(FileRules.LAESTAB_MALFORMED, Field.LAESTAB, badSchoolRows - LISTED));
    }
    reasons.addAll(badYears);
    for (School s : schools.values()) {
      if (s.years.size() > 1) {
        reasons.add(mixedYears(s));
      }
    }
    if (!reasons.isEmpty()) {
      throw new FileRejectedException(reasons);
    }
    if (schools.isEmpty()) {
      throw new FileRejectedException(noPupilRows());
    }
    int fromName =
        TemplateYear.fromFileName(fileName, defaultYear, schools.keySet()).orElse(defaultYear);
    Map<Field, String> columns = new EnumMap<>(Field.class);
    header.written().forEach((c, text) -> columns.putIfAbsent(c.field(), text));
    columns.remove(Field.FILE);
    List<SchoolReturn> returns = new ArrayList<>();
    for (School s : schools.values()) {
      int year = s.years.isEmpty() ? fromName : s.years.first();
      returns.add(
          new SchoolReturn(s.laestab, s.name, year, s.pupils, List.of(), Map.of(), columns));
    }
    return returns;
  }

  /** No pupil or result in the row: empty, or only a pre-filled School DFE, NC year or year. */
  private boolean blank(List<String> cells) {
    for (var column : header.index().entrySet()) {
      int i = column.getValue();
      if (column.getKey().pupilData()
          && i < cells.size()
          && !CellText.clean(cells.get(i)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private PupilRecord pupil(int row, List<String> cells) {
    Map<Subject, String> results = new EnumMap<>(Subject.class);
    put(results, Subject.READING, header.cell(cells, TemplateColumn.READING));
    put(results, Subject.WRITING, header.cell(cells, TemplateColumn.WRITING));
    put(results, Subject.MATHS, header.cell(cells, TemplateColumn.MATHS));
    put(results, Subject.SCIENCE, header.cell(cells, TemplateColumn.SCIENCE));
    Map<ScaledScore, String> scores = new EnumMap<>(ScaledScore.class);
    put(scores, ScaledScore.READING, whole(cells, TemplateColumn.READING_SCORE));
    put(scores, ScaledScore.MATHS, whole(cells, TemplateColumn.MATHS_SCORE));
    put(scores, ScaledScore.GPS, whole(cells, TemplateColumn.GPS_SCORE));
    return new PupilRecord(
        row,
        CellText.orNull(header.cell(cells, TemplateColumn.UPN)),
        CellText.orNull(header.cell(cells, TemplateColumn.FORMER_UPN)),
        CellText.orNull(header.cell(cells, TemplateColumn.FORENAME)),
        CellText.orNull(header.cell(cells, TemplateColumn.SURNAME)),
        CellText.orNull(TemplateDates.normalise(header.cell(cells, TemplateColumn.DATE_OF_BIRTH))),
        CellText.orNull(header.cell(cells, TemplateColumn.SEX)),
        CellText.orNull(whole(cells, TemplateColumn.NC_YEAR)),
        results,
        scores);
  }

  private String whole(List<String> cells, TemplateColumn column) {
    return CellText.wholeNumber(header.cell(cells, column));
  }

  private static <K> void put(Map<K, String> map, K key, String value) {
    if (!value.isEmpty()) {
      map.put(key, value);
    }
  }

  private void year(int row, List<String> cells, School s) {
    String text = header.cell(cells, TemplateColumn.YEAR);
    if (text.isEmpty()) {
      return;
    }
    OptionalInt year = TemplateYear.fromCell(text);
    if (year.isPresent()) {
      s.years.add(year.getAsInt());
    } else if (badYears.size() < LISTED) {
      badYears.add(
          FileRules.issue(
              FileRules.YEAR_UNREADABLE,
              row,
              Field.FILE,
              text,
              "Row "
                  + row
                  + " of "
                  + fileName
                  + ": column '"
                  + header.written().get(TemplateColumn.YEAR)
                  + "' holds '"
                  + text
                  + "', which is not an assessment year. Write the summer assessed (e.g. 2023)"
                  + " or the academic year (2022/23)."));
    }
  }

  private void badSchool(int row, String written) {
    badSchoolRows++;
    if (badSchools.size() >= LISTED) {
      return;
    }
    String column = header.written().get(TemplateColumn.SCHOOL);
    String hint =
        written.isEmpty()
            ? "is blank"
            : written.matches("\\d{4}")
                ? "holds '" + written + "', an establishment number without its LA code"
                : "holds '" + written + "', which is not a 7-digit DfE number";
    badSchools.add(
        FileRules.issue(
            FileRules.LAESTAB_MALFORMED,
            row,
            Field.LAESTAB,
            written,
            "Row "
                + row
                + " of "
                + fileName
                + ": column '"
                + column
                + "' "
                + hint
                + ". Write the school's full DfE number, LA code first (e.g. 3302001)."));
  }

  private ValidationIssue missingColumns(TemplateHeader h) {
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

  private ValidationIssue noHeader() {
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
            + HEADER_WITHIN
            + " rows of "
            + fileName
            + " (its first row with text has "
            + cells
            + " cells, none of them the template's column names). The template's header is:"
            + " School DFE, UPN, Forename, Surname, Gender, Date of birth, NC Year, Teacher"
            + " Assessment: KS1 Reading, ...: KS1 Writing, ...: KS1 Maths, ...: KS1 Science.");
  }

  private ValidationIssue noPupilRows() {
    return FileRules.issue(
        FileRules.EMPTY,
        header.row(),
        Field.FILE,
        "",
        fileName
            + " has a header row (row "
            + header.row()
            + ") but no pupil rows below it. Add one row per pupil.");
  }

  private ValidationIssue tooManyRows() {
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

  private ValidationIssue mixedYears(School s) {
    return FileRules.issue(
        FileRules.YEAR_UNREADABLE,
        null,
        Field.FILE,
        s.years.toString(),
        "School "
            + s.laestab
            + " has rows for more than one year in "
            + fileName
            + " (column '"
            + header.written().get(TemplateColumn.YEAR)
            + "': "
            + s.years
            + "). Send one file per year.");
  }

  private ValidationIssue more(uk.ks1.validate.rule.RuleDefinition rule, Field field, int howMany) {
    return FileRules.issue(
        rule, null, field, "", "... and " + howMany + " more row(s) with the same problem.");
  }

  /** One school's rows as they are read. */
  private static final class School {
    final Laestab laestab;
    String name;
    final List<PupilRecord> pupils = new ArrayList<>();
    final TreeSet<Integer> years = new TreeSet<>();

    School(Laestab laestab) {
      this.laestab = laestab;
    }
  }
}
