package uk.ks1.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes KS1 CTF files for tests by plain string building, so the product's parser is checked
 * against XML it did not write. Variants cover what school systems really send: a namespace, {@code
 * Sex} for {@code Gender}, a byte-order mark, CRLF, ISO-8859-1, component aliases, and other stages
 * and blocks to skip.
 */
public final class CtfBuilder {
  private final String lea;
  private final String estab;
  private String schoolName = "Test Primary School";
  private int year = 2023;
  private final List<TestPupil> pupils = new ArrayList<>();
  private String namespace;
  private boolean sexElement;
  private boolean bom;
  private boolean crlf;
  private Charset charset = StandardCharsets.UTF_8;
  private String[] components = {"AT2", "AT3", "SUB", "SUB"};
  private boolean extraBlocks;

  private CtfBuilder(String lea, String estab) {
    this.lea = lea;
    this.estab = estab;
  }

  public static CtfBuilder school(String laestab) {
    return new CtfBuilder(laestab.substring(0, 3), laestab.substring(3));
  }

  public CtfBuilder name(String name) {
    this.schoolName = name;
    return this;
  }

  public CtfBuilder year(int year) {
    this.year = year;
    return this;
  }

  public CtfBuilder pupil(TestPupil pupil) {
    pupils.add(pupil);
    return this;
  }

  public CtfBuilder pupils(List<TestPupil> more) {
    pupils.addAll(more);
    return this;
  }

  public CtfBuilder inNamespace(String uri) {
    this.namespace = uri;
    return this;
  }

  public CtfBuilder withSexElement() {
    this.sexElement = true;
    return this;
  }

  public CtfBuilder withBom() {
    this.bom = true;
    return this;
  }

  public CtfBuilder withCrlf() {
    this.crlf = true;
    return this;
  }

  public CtfBuilder inIso88591() {
    this.charset = StandardCharsets.ISO_8859_1;
    return this;
  }

  /** Component codes for reading, writing, maths, science (e.g. READ, WRIT, MAT, SCI). */
  public CtfBuilder components(String reading, String writing, String maths, String science) {
    this.components = new String[] {reading, writing, maths, science};
    return this;
  }

  /** Adds an address block, an FSP stage and a KS2 result to every pupil: all to be skipped. */
  public CtfBuilder withOtherStagesAndBlocks() {
    this.extraBlocks = true;
    return this;
  }

  public List<TestPupil> pupils() {
    return List.copyOf(pupils);
  }

  public String xml() {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"")
        .append(charset == StandardCharsets.UTF_8 ? "UTF-8" : "ISO-8859-1")
        .append("\"?>\n");
    x.append(namespace == null ? "<CTfile>\n" : "<CTfile xmlns=\"" + namespace + "\">\n");
    x.append("  <Header>\n    <DocumentName>Common Transfer File</DocumentName>\n")
        .append("    <CTFversion>22.0</CTFversion>\n")
        .append("    <DateTime>")
        .append(year)
        .append("-06-20T14:05:00</DateTime>\n")
        .append("    <DocumentQualifier>partial</DocumentQualifier>\n")
        .append("    <SupplierID>TESTKIT</SupplierID>\n")
        .append("    <SourceSchool>\n      <LEA>")
        .append(lea)
        .append("</LEA>\n      <Estab>")
        .append(estab)
        .append("</Estab>\n      <SchoolName>")
        .append(escape(schoolName))
        .append("</SchoolName>\n      <AcademicYear>")
        .append(year - 1)
        .append("</AcademicYear>\n    </SourceSchool>\n")
        .append("    <DestSchool>\n      <LEA>")
        .append(lea)
        .append("</LEA>\n      <Estab>LLLL</Estab>\n    </DestSchool>\n  </Header>\n");
    x.append("  <CTFpupilData>\n");
    for (TestPupil p : pupils) {
      pupil(x, p);
    }
    x.append("  </CTFpupilData>\n</CTfile>\n");
    String text = x.toString();
    return crlf ? text.replace("\n", "\r\n") : text;
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(xml().getBytes(charset));
    return out.toByteArray();
  }

  /** Writes the file into {@code dir} with a realistic CTF name and returns its path. */
  public Path writeTo(Path dir) {
    return writeTo(dir, lea + estab + "_KS1_" + lea + "LLLL_001.xml");
  }

  public Path writeTo(Path dir, String fileName) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(fileName);
      Files.write(file, bytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void pupil(StringBuilder x, TestPupil p) {
    x.append("    <Pupil>\n");
    element(x, "UPN", p.upn());
    element(x, "Surname", p.surname());
    element(x, "Forename", p.forename());
    element(x, "DOB", p.dob());
    element(x, sexElement ? "Sex" : "Gender", p.sex());
    if (p.formerUpn() != null || p.ncYear() != null) {
      x.append("      <BasicDetails>\n");
      element(x, "FormerUPN", p.formerUpn());
      element(x, "NCyearActual", p.ncYear());
      x.append("      </BasicDetails>\n");
    }
    if (extraBlocks) {
      x.append("      <Address><BS7666Address><PAON>1</PAON><Street>High St</Street>")
          .append("<Town>Town</Town></BS7666Address><Postcode>AB1 2CD</Postcode></Address>\n");
    }
    x.append("      <StageAssessments>\n");
    if (extraBlocks) {
      x.append("        <KeyStage><Stage>FSP</Stage><StageAssessment><Locale>ENG</Locale>")
          .append("<Year>")
          .append(year - 2)
          .append("</Year><Subject>COM</Subject><Method>TA</Method><Component>G01</Component>")
          .append(
              "<ResultStatus>R</ResultStatus><Result>2</Result></StageAssessment></KeyStage>\n");
    }
    x.append("        <KeyStage>\n          <Stage>KS1</Stage>\n");
    assessment(x, "ENG", components[0], p.reading());
    assessment(x, "ENG", components[1], p.writing());
    assessment(x, "MAT", components[2], p.maths());
    assessment(x, "SCI", components[3], p.science());
    x.append("        </KeyStage>\n");
    if (extraBlocks) {
      x.append("        <KeyStage><Stage>KS2</Stage><StageAssessment><Locale>ENG</Locale>")
          .append("<Year>")
          .append(year)
          .append("</Year><Subject>MAT</Subject><Method>TT</Method><Component>MTC</Component>")
          .append(
              "<ResultStatus>R</ResultStatus><Result>25</Result></StageAssessment></KeyStage>\n");
    }
    x.append("      </StageAssessments>\n    </Pupil>\n");
  }

  private void assessment(StringBuilder x, String subject, String component, String result) {
    if (result == null) {
      return;
    }
    x.append("          <StageAssessment><Locale>ENG</Locale><Year>")
        .append(year)
        .append("</Year><Subject>")
        .append(subject)
        .append("</Subject><Method>TA</Method><Component>")
        .append(component)
        .append("</Component><ResultStatus>R</ResultStatus><Result>")
        .append(escape(result))
        .append("</Result></StageAssessment>\n");
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
