package uk.ks1.app.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A school's rows in the early-results CSV template (docs/domain.md "Templates"), dd/MM/yyyy. */
final class CsvSchoolFile implements SchoolFile {
  static final String[] HEADER = {
    "School DFE",
    "UPN",
    "Forename",
    "Surname",
    "Gender",
    "Date of birth",
    "NC Year",
    "Teacher Assessment: KS1 Reading",
    "Teacher Assessment: KS1 Writing",
    "Teacher Assessment: KS1 Maths",
    "Teacher Assessment: KS1 Science"
  };
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Override
  public Path write(Path dir, School school, List<GeneratedPupil> pupils) throws IOException {
    Path file = dir.resolve("KS1_" + school.laestab() + "_" + school.year() % 100 + ".csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(w)) {
      for (GeneratedPupil p : pupils) {
        csv.printRecord(
            school.laestab(),
            p.upn,
            p.forename,
            p.surname,
            p.sex.equals("M") ? "Male" : "Female",
            LocalDate.parse(p.dob).format(UK),
            "2",
            blank(p.written[0]),
            blank(p.written[1]),
            blank(p.written[2]),
            blank(p.written[3]));
      }
    }
    return file;
  }

  private static String blank(String code) {
    return code == null ? "" : code;
  }
}
