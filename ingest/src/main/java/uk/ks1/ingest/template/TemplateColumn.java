package uk.ks1.ingest.template;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ks1.collections.ks1ta.ScaledScore;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;

/**
 * The columns of the early-results template (docs/domain.md "Templates"), each known by every name
 * schools' files give it. Names are compared with case, spaces and punctuation ignored, so {@code
 * "Teacher Assessment: KS1 Reading"}, {@code "teacher assessment ks1 reading"} and {@code
 * "TeacherAssessment_KS1Reading"} are one column, and a trailing hint in brackets ({@code Gender
 * (M/F)}) is ignored.
 */
public enum TemplateColumn {
  SCHOOL(
      Field.LAESTAB,
      true,
      "School DFE",
      "schooldfe",
      "laestab",
      "dfenumber",
      "dfeno",
      "schooldfenumber",
      "schooldfeno",
      "dfe",
      "dfeestab"),
  SCHOOL_NAME(Field.FILE, false, "School name", "schoolname"),
  UPN(Field.UPN, true, "UPN", "upn", "uniquepupilnumber"),
  FORMER_UPN(Field.FORMER_UPN, false, "Former UPN", "formerupn", "previousupn"),
  FORENAME(
      Field.FORENAME,
      true,
      "Forename",
      "forename",
      "forenames",
      "firstname",
      "legalforename",
      "givenname"),
  SURNAME(Field.SURNAME, true, "Surname", "surname", "lastname", "legalsurname", "familyname"),
  SEX(Field.SEX, true, "Gender", "gender", "sex"),
  DATE_OF_BIRTH(Field.DATE_OF_BIRTH, true, "Date of birth", "dateofbirth", "dob", "birthdate"),
  NC_YEAR(
      Field.NC_YEAR,
      false,
      "NC Year",
      "ncyear",
      "ncyearactual",
      "nationalcurriculumyear",
      "yeargroup"),
  READING(Subject.READING.field(), true, "Teacher Assessment: KS1 Reading", subject("reading")),
  WRITING(Subject.WRITING.field(), true, "Teacher Assessment: KS1 Writing", subject("writing")),
  MATHS(
      Subject.MATHS.field(),
      true,
      "Teacher Assessment: KS1 Maths",
      subject("maths", "mathematics")),
  SCIENCE(Subject.SCIENCE.field(), true, "Teacher Assessment: KS1 Science", subject("science")),
  READING_SCORE(ScaledScore.READING.field(), false, "Scaled Score: KS1 Reading", score("reading")),
  MATHS_SCORE(
      ScaledScore.MATHS.field(), false, "Scaled Score: KS1 Maths", score("maths", "mathematics")),
  GPS_SCORE(
      ScaledScore.GPS.field(),
      false,
      "Scaled Score: KS1 GPS",
      score(
          "gps",
          "egps",
          "spag",
          "grammarpunctuationandspelling",
          "grammarpunctuationspelling",
          "englishgrammarpunctuationandspelling",
          "englishgrammarpunctuationspelling")),
  YEAR(Field.FILE, false, "Year", "year", "assessmentyear", "collectionyear", "academicyear");

  private static final Map<String, TemplateColumn> BY_NAME = new HashMap<>();
  private static final Pattern HINT = Pattern.compile("\\s*(?:\\([^()]*\\)|\\[[^\\[\\]]*\\])\\s*$");

  static {
    for (TemplateColumn c : values()) {
      for (String name : c.names) {
        TemplateColumn before = BY_NAME.put(name, c);
        if (before != null && before != c) {
          throw new IllegalStateException("'" + name + "' names " + before + " and " + c);
        }
      }
    }
  }

  private final Field field;
  private final boolean required;
  private final String templateName;
  private final List<String> names;

  TemplateColumn(Field field, boolean required, String templateName, String... names) {
    this.field = field;
    this.required = required;
    this.templateName = templateName;
    this.names = List.of(names);
  }

  TemplateColumn(Field field, boolean required, String templateName, List<String> names) {
    this(field, required, templateName, names.toArray(String[]::new));
  }

  /**
   * The column a header cell names, if any. A trailing hint in brackets, as templates write them
   * ({@code Gender (M/F)}, {@code Date of birth (dd/mm/yyyy)}, {@code DOB [DD/MM/YYYY]}), is not
   * part of the name, unless the name with it is a column's ({@code Reading (TA)}).
   */
  public static Optional<TemplateColumn> named(String header) {
    TemplateColumn column = BY_NAME.get(key(header));
    return Optional.ofNullable(column != null ? column : BY_NAME.get(key(withoutHint(header))));
  }

  /** The header without its trailing bracketed hints; the header itself if nothing else is left. */
  static String withoutHint(String header) {
    if (header == null) {
      return "";
    }
    String name = header;
    Matcher hint = HINT.matcher(name);
    while (hint.find() && hint.start() > 0) {
      name = name.substring(0, hint.start());
      hint = HINT.matcher(name);
    }
    return name;
  }

  /** The field issues about this column point at. */
  public Field field() {
    return field;
  }

  /** A file without this column is not the template (F12). */
  public boolean required() {
    return required;
  }

  /**
   * Whether a value in this column makes its row a pupil's row. The school's details, the NC year
   * and the year are not: LA templates often come with them filled down the column, below the last
   * pupil, and such a row is as blank as an empty one.
   */
  public boolean pupilData() {
    return switch (this) {
      case SCHOOL, SCHOOL_NAME, NC_YEAR, YEAR -> false;
      default -> true;
    };
  }

  /** The column's name in the template, as docs/files.md and messages write it. */
  public String templateName() {
    return templateName;
  }

  static String key(String header) {
    return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static List<String> subject(String... names) {
    List<String> all = new java.util.ArrayList<>();
    for (String n : names) {
      all.addAll(
          List.of(
              "teacherassessmentks1" + n,
              "teacherassessment" + n,
              "taks1" + n,
              "ks1ta" + n,
              "ks1" + n,
              "ks1" + n + "ta",
              n + "ta",
              "ta" + n,
              n));
    }
    return all;
  }

  /**
   * A score column's names for each of the subject's names: "Scaled Score: KS1 Reading", "KS1
   * scaled score reading", "Score: KS1 Reading", and the subject first, with or without KS1,
   * followed by "scaled score", "score", "SS", "test score" or "test scaled score" ("KS1 Reading
   * Score", "Maths scaled score", "GPS SS").
   */
  private static List<String> score(String... names) {
    List<String> all = new java.util.ArrayList<>();
    for (String n : names) {
      for (String ks1 : List.of("ks1", "")) {
        all.add("scaledscore" + ks1 + n);
        all.add(ks1 + "scaledscore" + n);
        all.add("score" + ks1 + n);
        for (String score : List.of("scaledscore", "score", "ss", "testscore", "testscaledscore")) {
          all.add(ks1 + n + score);
        }
      }
    }
    return all;
  }
}
