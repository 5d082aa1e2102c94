package uk.ks1.ingest.ctf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.ks1.core.codes.Field;
import uk.ks1.core.rule.FileRules;
import uk.ks1.ingest.file.FileRejectedException;

/**
 * One streaming pass over a CTF, by local name (namespaces ignored), keeping only the header's
 * source school and each pupil's identity, basic details and assessments; every other block is
 * skipped. Rejects a DTD the moment it appears, before any content is read.
 */
final class CtfReader {
  private static final int MAX_DEPTH = 64;

  private final String[] path = new String[MAX_DEPTH];

  /** Whether the text of the element at each depth can be wanted: its parent is one we read. */
  private final boolean[] wanted = new boolean[MAX_DEPTH];

  private int depth;
  private final StringBuilder text = new StringBuilder();

  private String version;
  private String lea;
  private String estab;
  private String schoolName;
  private final List<CtfPupil> pupils = new ArrayList<>();

  private PupilBuilder pupil;
  private final List<CtfAssessment> keyStageAssessments = new ArrayList<>();
  private String stage;
  private String[] assessment;

  CtfDocument read(InputStream in) throws FileRejectedException {
    XMLStreamReader r = null;
    try {
      r = SafeXml.inputFactory().createXMLStreamReader(in);
      boolean sawRoot = false;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw dtd(r.getLocation());
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw malformed("an entity reference (&" + r.getLocalName() + ";)", r.getLocation());
          case XMLStreamConstants.START_ELEMENT -> {
            String name = r.getLocalName();
            if (!sawRoot && !name.equals("CTfile")) {
              throw new FileRejectedException(
                  FileRules.NOT_A_CTF.issue(null, Field.FILE, name, Map.of("root", name)));
            }
            sawRoot = true;
            start(name);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (depth > 0 && wanted[depth - 1]) {
              text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> end();
          default -> {}
        }
      }
      if (!sawRoot) {
        throw malformed("no root element", null);
      }
      return new CtfDocument(version, lea, estab, schoolName, pupils);
    } catch (XMLStreamException e) {
      throw malformed(cleanMessage(e), e.getLocation());
    } finally {
      close(r);
    }
  }

  private void start(String name) throws FileRejectedException {
    if (depth == MAX_DEPTH) {
      throw new FileRejectedException(
          FileRules.XML_TOO_DEEP.issue(
              null, Field.FILE, String.valueOf(MAX_DEPTH), Map.of("depth", MAX_DEPTH)));
    }
    wanted[depth] = depth > 0 && readsChildren(path[depth - 1]);
    path[depth++] = name;
    text.setLength(0);
    switch (name) {
      case "Pupil" -> pupil = new PupilBuilder(pupils.size() + 1);
      case "KeyStage" -> {
        stage = null;
        keyStageAssessments.clear();
      }
      case "StageAssessment" -> assessment = new String[5];
      default -> {}
    }
  }

  /** The elements whose children's text the reader keeps; every other element's is skipped. */
  private static boolean readsChildren(String element) {
    return switch (element) {
      case "Header", "SourceSchool", "Pupil", "BasicDetails", "KeyStage", "StageAssessment" -> true;
      default -> false;
    };
  }

  private void end() {
    String name = path[--depth];
    String parent = depth > 0 ? path[depth - 1] : "";
    String value = wanted[depth] ? text.toString().strip() : "";
    text.setLength(0);
    switch (parent) {
      case "Header" -> {
        if (name.equals("CTFversion")) {
          version = value;
        }
      }
      case "SourceSchool" -> {
        switch (name) {
          case "LEA" -> lea = value;
          case "Estab" -> estab = value;
          case "SchoolName" -> schoolName = value;
          default -> {}
        }
      }
      case "Pupil" -> {
        if (pupil != null) {
          pupil.set(name, value);
        }
      }
      case "BasicDetails" -> {
        if (pupil != null && (name.equals("FormerUPN") || name.equals("NCyearActual"))) {
          pupil.set(name, value);
        }
      }
      case "KeyStage" -> {
        if (name.equals("Stage")) {
          stage = value;
        }
      }
      case "StageAssessment" -> {
        if (assessment != null) {
          switch (name) {
            case "Year" -> assessment[0] = value;
            case "Subject" -> assessment[1] = value;
            case "Method" -> assessment[2] = value;
            case "Component" -> assessment[3] = value;
            case "Result" -> assessment[4] = value;
            default -> {}
          }
        }
      }
      default -> {}
    }
    switch (name) {
      case "StageAssessment" -> {
        if (assessment != null) {
          keyStageAssessments.add(
              new CtfAssessment(
                  null, assessment[0], assessment[1], assessment[2], assessment[3], assessment[4]));
          assessment = null;
        }
      }
      case "KeyStage" -> {
        if (pupil != null) {
          for (CtfAssessment a : keyStageAssessments) {
            pupil.assessments.add(
                new CtfAssessment(
                    stage, a.year(), a.subject(), a.method(), a.component(), a.result()));
          }
        }
        keyStageAssessments.clear();
      }
      case "Pupil" -> {
        if (pupil != null) {
          pupils.add(pupil.build());
          pupil = null;
        }
      }
      default -> {}
    }
  }

  private static FileRejectedException dtd(Location at) {
    return new FileRejectedException(
        FileRules.CTF_DTD.issue(null, Field.FILE, "<!DOCTYPE>", Map.of("where", where(at))));
  }

  private static FileRejectedException malformed(String what, Location at) {
    return new FileRejectedException(
        FileRules.XML_MALFORMED.issue(
            null, Field.FILE, "", Map.of("problem", what, "where", where(at))));
  }

  /** " at line 3, column 7", or nothing when the parser does not say where. */
  private static String where(Location at) {
    return at == null || at.getLineNumber() < 0
        ? ""
        : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
  }

  /** The parser's own words, without its location prefix (we add a plainer one). */
  private static String cleanMessage(XMLStreamException e) {
    String m = e.getMessage() == null ? "unreadable" : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + 9) : m).strip();
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // nothing more to read
      }
    }
  }

  /** Collects a pupil's fields as they are met. */
  private static final class PupilBuilder {
    private final int position;
    private String upn;
    private String formerUpn;
    private String surname;
    private String forename;
    private String dob;
    private String sex;
    private String ncYear;
    private final List<CtfAssessment> assessments = new ArrayList<>();

    PupilBuilder(int position) {
      this.position = position;
    }

    void set(String name, String value) {
      switch (name) {
        case "UPN" -> upn = value;
        case "FormerUPN" -> formerUpn = value;
        case "Surname" -> surname = value;
        case "Forename" -> forename = value;
        case "DOB" -> dob = value;
        case "Gender", "Sex" -> sex = value;
        case "NCyearActual" -> ncYear = value;
        default -> {}
      }
    }

    CtfPupil build() {
      return new CtfPupil(
          position, upn, formerUpn, surname, forename, dob, sex, ncYear, List.copyOf(assessments));
    }
  }
}
