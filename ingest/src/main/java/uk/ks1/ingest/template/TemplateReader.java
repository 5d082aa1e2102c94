package uk.ks1.ingest.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.Laestab;
import uk.ks1.core.rule.FileLimits;
import uk.ks1.ingest.file.FileRejectedException;
import uk.ks1.ingest.file.SchoolReturn;

/**
 * Turns the rows of a CSV or a sheet, fed one at a time with their spreadsheet row numbers, into
 * one return per school (the School DFE column). Looks for the header in the first {@value
 * #HEADER_WITHIN} rows (title rows above it are fine); the header says which registered collection
 * the file holds ({@link TemplateLayouts}). Skips blank rows, keeps values as written except for
 * Excel's habits and dates (made ISO), and collects every file-level problem before rejecting. A
 * row is a pupil's only if it has something in a pupil or item column (a row with only a pre-filled
 * School DFE or NC year is skipped like a blank one). Pure: the CSV and XLSX parsers only feed it.
 */
public final class TemplateReader {
  /** The header must be within this many rows of the top. */
  public static final int HEADER_WITHIN = FileLimits.HEADER_ROWS;

  /** At most this many rows of one rule are listed; the rest are counted. */
  private static final int LISTED = 50;

  private final TemplateLayouts layouts;
  private final String fileName;
  private final TemplateProblems problems;
  private final int defaultYear;
  private final int maxRows;
  private final List<List<String>> above = new ArrayList<>();
  private TemplateHeader header;
  private boolean complete;
  private int rowsRead;
  private int pupilRows;
  private final Map<Laestab, School> schools = new LinkedHashMap<>();
  private final List<ValidationIssue> badSchools = new ArrayList<>();
  private int badSchoolRows;

  /**
   * Whether the Year column holds pupils' year groups ({@code 2}, {@code Y2}) rather than
   * assessment years, as its first value says; null until it has one. Year groups are read as the
   * NC year when the file has no NC Year column, and are left alone when it has one.
   */
  private Boolean yearGroups;

  private final List<ValidationIssue> badYears = new ArrayList<>();

  public TemplateReader(TemplateLayouts layouts, String fileName, int defaultYear, int maxRows) {
    this(layouts, fileName, null, defaultYear, maxRows);
  }

  /**
   * A reader of one sheet of a workbook; {@code sheet}, if not null, is named in every message
   * after the file's name ({@code Row 5 of ks1.xlsx (sheet 'Data')}).
   */
  public TemplateReader(
      TemplateLayouts layouts, String fileName, String sheet, int defaultYear, int maxRows) {
    this.layouts = layouts;
    this.fileName = fileName;
    this.problems =
        new TemplateProblems(sheet == null ? fileName : fileName + " (sheet '" + sheet + "')");
    this.defaultYear = defaultYear;
    this.maxRows = maxRows;
  }

  /** One row of the file. A header lacking required columns ends the reading ({@link #gaveUp}). */
  public void row(int rowNumber, List<String> cells) throws FileRejectedException {
    rowsRead++;
    if (header == null) {
      header = layouts.find(rowNumber, cells).orElse(null);
      if (header == null) {
        above.add(cells);
      } else {
        complete = header.missing().isEmpty();
      }
      return;
    }
    if (!complete) {
      return;
    }
    if (rowsRead > maxRows) {
      throw new FileRejectedException(problems.tooManyRows(maxRows));
    }
    if (blank(cells)) {
      return;
    }
    pupilRows++;
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
    String year = header.cell(cells, TemplateColumn.YEAR);
    if (yearGroups == null && !year.isEmpty()) {
      yearGroups = TemplateYear.isYearGroup(year);
    }
    if (!yearGroups()) {
      year(rowNumber, year, s);
    }
    s.pupils.add(pupil(rowNumber, cells));
  }

  /**
   * True once {@value #HEADER_WITHIN} rows have gone by without a header (not this sheet), or once
   * a header lacking required columns is found (the file is rejected for it unless another sheet
   * has the whole header): nothing more needs reading.
   */
  public boolean gaveUp() {
    return header == null ? rowsRead >= HEADER_WITHIN : !complete();
  }

  public boolean foundHeader() {
    return header != null;
  }

  /** True when a header with every required column has been found. */
  public boolean complete() {
    return complete;
  }

  /** Rows below the header with a pupil or a result in them, so far. */
  public int pupilRows() {
    return pupilRows;
  }

  /** The returns, one per school in order of first appearance, or every reason to reject. */
  public List<SchoolReturn> finish() throws FileRejectedException {
    if (header == null) {
      throw new FileRejectedException(problems.noHeader(above, layouts.anyWording()));
    }
    if (!complete()) {
      throw new FileRejectedException(problems.missingColumns(header));
    }
    List<ValidationIssue> reasons = new ArrayList<>(badSchools);
    if (badSchoolRows > LISTED) {
      reasons.add(TemplateProblems.moreBadSchools(badSchoolRows - LISTED));
    }
    reasons.addAll(badYears);
    for (School s : schools.values()) {
      if (s.years.size() > 1) {
        reasons.add(problems.mixedYears(s.laestab, written(TemplateColumn.YEAR), s.years));
      }
    }
    if (!reasons.isEmpty()) {
      throw new FileRejectedException(reasons);
    }
    if (schools.isEmpty()) {
      throw new FileRejectedException(problems.noPupilRows(header.row()));
    }
    int fromName =
        TemplateYear.fromFileName(fileName, layouts.fileNameTokens(), defaultYear, schools.keySet())
            .orElse(defaultYear);
    Map<Field, String> columns = new LinkedHashMap<>();
    header.written().forEach((c, text) -> columns.putIfAbsent(c.field(), text));
    columns.remove(Field.FILE);
    if (ncYearColumn() == TemplateColumn.YEAR) {
      columns.put(Field.NC_YEAR, written(TemplateColumn.YEAR));
    }
    List<SchoolReturn> returns = new ArrayList<>();
    for (School s : schools.values()) {
      int year = s.years.isEmpty() ? fromName : s.years.first();
      returns.add(
          new SchoolReturn(
              header.layout().definition().id(),
              s.laestab,
              s.name,
              year,
              s.pupils,
              List.of(),
              Map.of(),
              columns));
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
    Map<String, String> items = new HashMap<>();
    for (TemplateColumn column : header.layout().items()) {
      String value = column.wholeNumber() ? whole(cells, column) : header.cell(cells, column);
      if (!value.isEmpty()) {
        items.put(column.item().id(), value);
      }
    }
    return new PupilRecord(
        row,
        CellText.orNull(header.cell(cells, TemplateColumn.UPN)),
        CellText.orNull(header.cell(cells, TemplateColumn.FORMER_UPN)),
        CellText.orNull(header.cell(cells, TemplateColumn.FORENAME)),
        CellText.orNull(header.cell(cells, TemplateColumn.SURNAME)),
        CellText.orNull(TemplateDates.normalise(header.cell(cells, TemplateColumn.DATE_OF_BIRTH))),
        CellText.orNull(header.cell(cells, TemplateColumn.SEX)),
        CellText.orNull(whole(cells, ncYearColumn())),
        items);
  }

  private String whole(List<String> cells, TemplateColumn column) {
    return CellText.wholeNumber(header.cell(cells, column));
  }

  /** True when the Year column holds year groups, not assessment years. */
  private boolean yearGroups() {
    return Boolean.TRUE.equals(yearGroups);
  }

  /** The NC Year column, or, when there is none, a Year column that holds year groups. */
  private TemplateColumn ncYearColumn() {
    return yearGroups() && !header.has(TemplateColumn.NC_YEAR)
        ? TemplateColumn.YEAR
        : TemplateColumn.NC_YEAR;
  }

  private void year(int row, String text, School s) {
    if (text.isEmpty()) {
      return;
    }
    OptionalInt year = TemplateYear.fromCell(text);
    if (year.isPresent()) {
      s.years.add(year.getAsInt());
    } else if (badYears.size() < LISTED) {
      badYears.add(problems.yearUnreadable(row, written(TemplateColumn.YEAR), text));
    }
  }

  private void badSchool(int row, String written) {
    badSchoolRows++;
    if (badSchools.size() < LISTED) {
      badSchools.add(problems.badSchool(row, written(TemplateColumn.SCHOOL), written));
    }
  }

  private String written(TemplateColumn column) {
    return header.written().get(column);
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
