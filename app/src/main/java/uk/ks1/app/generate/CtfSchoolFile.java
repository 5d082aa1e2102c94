package uk.ks1.app.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.ks1.core.collection.CollectionSample;

/**
 * A school's CTF of the collection, shaped like a school MIS's export (element names and order of
 * DfE's).
 */
final class CtfSchoolFile implements SchoolFile {
  private final CollectionSample sample;

  CtfSchoolFile(CollectionSample sample) {
    this.sample = sample;
  }

  @Override
  public Path write(Path dir, School school, List<GeneratedPupil> pupils) throws IOException {
    StringBuilder x = new StringBuilder(2048 + pupils.size() * 1400);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CTfile>\n  <Header>\n")
        .append("    <DocumentName>Common Transfer File</DocumentName>\n")
        .append("    <CTFversion>")
        .append((school.year() - 1) % 100)
        .append(".0</CTFversion>\n")
        .append("    <DateTime>")
        .append(school.year())
        .append("-06-20T09:30:00</DateTime>\n")
        .append("    <DocumentQualifier>partial</DocumentQualifier>\n")
        .append("    <SupplierID>SYNTHETIC-GENERATOR</SupplierID>\n")
        .append("    <SourceSchool>\n      <LEA>")
        .append(school.la())
        .append("</LEA>\n")
        .append("      <Estab>")
        .append(school.estab())
        .append("</Estab>\n")
        .append("      <SchoolName>")
        .append(escape(school.name()))
        .append("</SchoolName>\n")
        .append("      <AcademicYear>")
        .append(school.year() - 1)
        .append("</AcademicYear>\n")
        .append("    </SourceSchool>\n    <DestSchool>\n      <LEA>")
        .append(school.la())
        .append("</LEA>\n      <Estab>LLLL</Estab>\n    </DestSchool>\n  </Header>\n")
        .append("  <CTFpupilData>\n");
    for (GeneratedPupil p : pupils) {
      x.append("    <Pupil>\n      <UPN>")
          .append(p.upn)
          .append("</UPN>\n")
          .append("      <Surname>")
          .append(escape(p.surname))
          .append("</Surname>\n")
          .append("      <Forename>")
          .append(escape(p.forename))
          .append("</Forename>\n")
          .append("      <DOB>")
          .append(p.dob)
          .append("</DOB>\n")
          .append("      <Gender>")
          .append(p.sex)
          .append("</Gender>\n")
          .append("      <BasicDetails><NCyearActual>")
          .append(sample.ncYear())
          .append("</NCyearActual></BasicDetails>\n")
          .append("      <StageAssessments>\n        <KeyStage>\n          <Stage>")
          .append(sample.ctf(0).stage())
          .append("</Stage>\n");
      for (int s = 0; s < p.written.length; s++) {
        CollectionSample.CtfRow at = sample.ctf(s);
        if (p.written[s] != null) {
          x.append("          <StageAssessment><Locale>ENG</Locale><Year>")
              .append(school.year())
              .append("</Year><Subject>")
              .append(at.subject())
              .append("</Subject><Method>")
              .append(at.method())
              .append("</Method><Component>")
              .append(at.component())
              .append("</Component><ResultStatus>R</ResultStatus><Result>")
              .append(p.written[s])
              .append("</Result></StageAssessment>\n");
        }
      }
      x.append("        </KeyStage>\n      </StageAssessments>\n    </Pupil>\n");
    }
    x.append("  </CTFpupilData>\n</CTfile>\n");
    Path file = dir.resolve(sample.fileName("ctf", school.laestab(), school.year()));
    Files.writeString(file, x, StandardCharsets.UTF_8);
    return file;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }
}
