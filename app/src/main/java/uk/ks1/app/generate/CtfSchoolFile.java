package uk.ks1.app.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A school's KS1 TA CTF, shaped like a school MIS's export (element names and order of DfE's). */
final class CtfSchoolFile implements SchoolFile {
  private static final String[] SUBJECTS = {"ENG", "ENG", "MAT", "SCI"};
  private static final String[] COMPONENTS = {"AT2", "AT3", "SUB", "SUB"};

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
        .append("    <SupplierID>KS1-GENERATOR</SupplierID>\n")
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
          .append("      <BasicDetails><NCyearActual>2</NCyearActual></BasicDetails>\n")
          .append("      <StageAssessments>\n        <KeyStage>\n          <Stage>KS1</Stage>\n");
      for (int s = 0; s < 4; s++) {
        if (p.written[s] != null) {
          x.append("          <StageAssessment><Locale>ENG</Locale><Year>")
              .append(school.year())
              .append("</Year><Subject>")
              .append(SUBJECTS[s])
              .append("</Subject><Method>TA")
              .append("</Method><Component>")
              .append(COMPONENTS[s])
              .append("</Component><ResultStatus>R</ResultStatus><Result>")
              .append(p.written[s])
              .append("</Result></StageAssessment>\n");
        }
      }
      x.append("        </KeyStage>\n      </StageAssessments>\n    </Pupil>\n");
    }
    x.append("  </CTFpupilData>\n</CTfile>\n");
    Path file = dir.resolve(school.laestab() + "_KS1_" + school.la() + "LLLL_001.xml");
    Files.writeString(file, x, StandardCharsets.UTF_8);
    return file;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }
}
