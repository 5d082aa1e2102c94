package uk.ks1.ingest.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.rule.FileRules;
import uk.ks1.ingest.file.FileRejectedException;
import uk.ks1.ingest.file.SchoolReturn;
import uk.ks1.ingest.template.TemplateReader;

/**
 * Which sheet of a workbook is the return, told every sheet in order as it has been read. The sheet
 * read is the one with the template's whole header and pupil rows below it; sheets without the
 * header (instructions, code lists) are passed over. A sheet whose name says it is an example
 * (Example, Sample, Guidance, Instructions) is read only if no other sheet has the whole header, so
 * an LA's filled-in example is never counted as a school's pupils. Pupil rows on two sheets make
 * the file an upload error (F12) naming them, rather than one being left out unseen: the error
 * reports give row numbers, which would not say which sheet a row is on. The outcome counts the
 * pupil rows of any sheet passed over, naming it and the sheet read.
 */
final class SheetChoice {
  private static final Pattern EXAMPLE =
      Pattern.compile("(?i).*(example|sample|guidance|instruction).*");

  private final String fileName;
  private final IntakeWording wording;
  private final List<String> names = new ArrayList<>();
  private final Candidates data = new Candidates();
  private final Candidates examples = new Candidates();
  private TemplateReader first;
  private TemplateReader firstIncomplete;

  /** {@code wording}: of the collections the workbook may hold. */
  SheetChoice(String fileName, IntakeWording wording) {
    this.fileName = fileName;
    this.wording = wording;
  }

  /** Whether a sheet of this name is an example, left out when another sheet has the header. */
  static boolean isExample(String sheetName) {
    return EXAMPLE.matcher(sheetName).matches();
  }

  /** One sheet, as read; rejects the file as soon as a second sheet has pupil rows. */
  void add(String name, TemplateReader sheet) throws FileRejectedException {
    names.add(name);
    if (first == null) {
      first = sheet;
    }
    if (!sheet.complete()) {
      if (sheet.foundHeader() && firstIncomplete == null) {
        firstIncomplete = sheet;
      }
      return;
    }
    (isExample(name) ? examples : data).add(name, sheet);
    if (data.withPupils.size() > 1) {
      throw twoSheets(data);
    }
  }

  /** The chosen sheet's returns, or why the workbook is rejected. */
  List<SchoolReturn> returns() throws FileRejectedException {
    Candidates candidates = data.firstName != null ? data : examples;
    if (candidates.firstName == null) {
      if (firstIncomplete != null) {
        return firstIncomplete.finish(); // names the missing columns
      }
      if (names.size() == 1) {
        return first.finish(); // says what the one sheet holds instead of a header
      }
      throw new FileRejectedException(noSheet());
    }
    if (candidates.withPupils.size() > 1) {
      throw twoSheets(candidates);
    }
    String read = candidates.chosenName != null ? candidates.chosenName : candidates.firstName;
    TemplateReader sheet = candidates.chosen != null ? candidates.chosen : candidates.first;
    List<SchoolReturn> returns = sheet.finish();
    Map<String, Integer> passedOver = new TreeMap<>();
    for (Candidates c : List.of(data, examples)) {
      c.withPupils.forEach(
          (name, rows) -> {
            if (!name.equals(read)) {
              passedOver.put(
                  "pupil rows on sheet '" + name + "' (sheet '" + read + "' read)", rows);
            }
          });
    }
    return passedOver.isEmpty() ? returns : withSkipped(returns, passedOver);
  }

  /** The rows passed over, told once: with the first school's return. */
  private static List<SchoolReturn> withSkipped(
      List<SchoolReturn> returns, Map<String, Integer> passedOver) {
    List<SchoolReturn> all = new ArrayList<>(returns);
    SchoolReturn s = all.get(0);
    Map<String, Integer> skipped = new TreeMap<>(s.skipped());
    skipped.putAll(passedOver);
    all.set(
        0,
        new SchoolReturn(
            s.collection(),
            s.laestab(),
            s.schoolName(),
            s.year(),
            s.pupils(),
            s.parseIssues(),
            skipped,
            s.columns()));
    return all;
  }

  private FileRejectedException twoSheets(Candidates candidates) {
    List<String> quoted = candidates.withPupils.keySet().stream().map(n -> "'" + n + "'").toList();
    String list =
        String.join(", ", quoted.subList(0, quoted.size() - 1))
            + " and "
            + quoted.get(quoted.size() - 1);
    return new FileRejectedException(
        FileRules.issue(
            FileRules.TWO_SHEETS,
            wording,
            null,
            Field.FILE,
            String.join(", ", candidates.withPupils.keySet()),
            Map.of("sheets", list, "name", fileName)));
  }

  private ValidationIssue noSheet() {
    String sheets = String.join(", ", names);
    return FileRules.issue(
        FileRules.NO_SHEET,
        wording,
        null,
        Field.FILE,
        sheets,
        Map.of("name", fileName, "sheets", sheets, "within", TemplateReader.HEADER_WITHIN));
  }

  /** The sheets of one kind (examples or not) with the whole header. */
  private static final class Candidates {
    String firstName;
    TemplateReader first;
    String chosenName;
    TemplateReader chosen;
    final Map<String, Integer> withPupils = new LinkedHashMap<>();

    void add(String name, TemplateReader sheet) {
      if (firstName == null) {
        firstName = name;
        first = sheet;
      }
      if (sheet.pupilRows() > 0) {
        withPupils.put(name, sheet.pupilRows());
        if (chosen == null) {
          chosenName = name;
          chosen = sheet;
        }
      }
    }
  }
}
