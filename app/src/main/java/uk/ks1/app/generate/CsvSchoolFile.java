package uk.ks1.app.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.ks1.core.collection.CollectionSample;

/** A school's rows in the early-results CSV template (docs/domain.md "Templates"), dd/MM/yyyy. */
final class CsvSchoolFile implements SchoolFile {
  /** The identity columns before the items', as schools' templates head them. */
  static final List<String> IDENTITY =
      List.of("School DFE", "UPN", "Forename", "Surname", "Gender", "Date of birth", "NC Year");

  private final CollectionSample sample;

  CsvSchoolFile(CollectionSample sample) {
    this.sample = sample;
  }

  /** The header: identity columns, then each item's heading. */
  static String[] header(CollectionSample sample) {
    List<String> header = new ArrayList<>(IDENTITY);
    for (int i = 0; i < sample.written().size(); i++) {
      header.add(sample.heading(i));
    }
    return header.toArray(String[]::new);
  }

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Override
  public Path write(Path dir, School school, List<GeneratedPupil> pupils) throws IOException {
    Path file = dir.resolve(sample.fileName("csv", school.laestab(), school.year()));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header(sample)).get().print(w)) {
      for (GeneratedPupil p : pupils) {
        List<String> row = new ArrayList<>();
        row.add(school.laestab());
        row.add(p.upn);
        row.add(p.forename);
        row.add(p.surname);
        row.add(p.sex.equals("M") ? "Male" : "Female");
        row.add(LocalDate.parse(p.dob).format(UK));
        row.add(String.valueOf(sample.ncYear()));
        for (String value : p.written) {
          row.add(blank(value));
        }
        csv.printRecord(row);
      }
    }
    return file;
  }

  private static String blank(String code) {
    return code == null ? "" : code;
  }
}
