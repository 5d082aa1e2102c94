package uk.ks1.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a CTF of any stages for tests by plain string building, as a school's MIS exports it: each
 * pupil's identity and NC year, then one {@code KeyStage} block per stage with its {@code
 * StageAssessment} rows (phonics under KS1 or PHO, the EYFS profile under FSP, KS1 TA beside them
 * in one school's export). The header's {@code DataQualifier} is optional, as in real files.
 */
public final class StageCtf {
  /** One StageAssessment row. */
  public record Result(
      String stage, String subject, String component, String method, String result) {}

  /** A pupil and their rows; null identity values are left out of the file. */
  public record Pupil(
      String upn,
      String forename,
      String surname,
      String dob,
      String sex,
      String ncYear,
      List<Result> results) {
    public Pupil {
      results = List.copyOf(results);
    }
  }

  private final String laestab;
  private final int year;
  private String dataQualifier;
  private final List<Pupil> pupils = new ArrayList<>();

  private StageCtf(String laestab, int year) {
    this.laestab = laestab;
    this.year = year;
  }

  public static StageCtf school(String laestab, int year) {
    return new StageCtf(laestab, year);
  }

  /** The header's {@code DataQualifier} ({@code PHO}, {@code FSP}, {@code KS1}). */
  public StageCtf dataQualifier(String qualifier) {
    this.dataQualifier = qualifier;
    return this;
  }

  public StageCtf pupil(Pupil pupil) {
    pupils.add(pupil);
    return this;
  }

  public String xml() {
    String lea = laestab.substring(0, 3);
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CTfile>\n");
    x.append("  <Header>\n    <DocumentName>Common Transfer File</DocumentName>\n")
        .append("    <CTFversion>22.0</CTFversion>\n    <DateTime>")
        .append(year)
        .append("-07-01T10:00:00</DateTime>\n    <DocumentQualifier>partial</DocumentQualifier>\n");
    if (dataQualifier != null) {
      x.append("    <DataQualifier>").append(dataQualifier).append("</DataQualifier>\n");
    }
    x.append("    <SupplierID>TESTKIT</SupplierID>\n    <SourceSchool>\n      <LEA>")
        .append(lea)
        .append("</LEA>\n      <Estab>")
        .append(laestab.substring(3))
        .append("</Estab>\n      <SchoolName>Test Primary School</SchoolName>\n")
        .append("      <AcademicYear>")
        .append(year - 1)
        .append("</AcademicYear>\n    </SourceSchool>\n    <DestSchool>\n      <LEA>")
        .append(lea)
        .append("</LEA>\n      <Estab>LLLL</Estab>\n    </DestSchool>\n  </Header>\n")
        .append("  <CTFpupilData>\n");
    for (Pupil p : pupils) {
      x.append("    <Pupil>\n");
      element(x, "UPN", p.upn());
      element(x, "Surname", p.surname());
      element(x, "Forename", p.forename());
      element(x, "DOB", p.dob());
      element(x, "Gender", p.sex());
      if (p.ncYear() != null) {
        x.append("      <BasicDetails>\n");
        element(x, "NCyearActual", p.ncYear());
        x.append("      </BasicDetails>\n");
      }
      Map<String, List<Result>> byStage = new LinkedHashMap<>();
      p.results().forEach(r -> byStage.computeIfAbsent(r.stage(), k -> new ArrayList<>()).add(r));
      x.append("      <StageAssessments>\n");
      byStage.forEach(
          (stage, rows) -> {
            x.append("        <KeyStage>\n          <Stage>").append(stage).append("</Stage>\n");
            for (Result r : rows) {
              x.append("          <StageAssessment><Locale>ENG</Locale><Year>")
                  .append(year)
                  .append("</Year><Subject>")
                  .append(r.subject())
                  .append("</Subject><Method>")
                  .append(r.method())
                  .append("</Method><Component>")
                  .append(r.component())
                  .append("</Component><ResultStatus>R</ResultStatus>")
                  .append("<ResultQualifier>NM</ResultQualifier><Result>")
                  .append(escape(r.result()))
                  .append("</Result></StageAssessment>\n");
            }
            x.append("        </KeyStage>\n");
          });
      x.append("      </StageAssessments>\n    </Pupil>\n");
    }
    return x.append("  </CTFpupilData>\n</CTfile>\n").toString();
  }

  public Path writeTo(Path dir, String fileName) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve(fileName), xml(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void element(StringBuilder x, String name, String value) {
    if (value != null) {
      x.append("      <").append(name).append('>').append(escape(value));
      x.append("</").append(name).append(">\n");
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
