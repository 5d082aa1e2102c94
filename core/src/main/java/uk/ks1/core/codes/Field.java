package uk.ks1.core.codes;

/**
 * The fields of a pupil record that issues point at. {@link #personal()} marks the identities that
 * never leave the LA's own view (reports for analysts or the public withhold their values).
 */
public enum Field {
  FILE("File", false),
  LAESTAB("School DfE number", false),
  UPN("UPN", true),
  FORMER_UPN("Former UPN", true),
  FORENAME("Forename", true),
  SURNAME("Surname", true),
  DATE_OF_BIRTH("Date of birth", true),
  SEX("Sex", false),
  NC_YEAR("NC year", false),
  READING("Reading", false),
  WRITING("Writing", false),
  MATHS("Maths", false),
  SCIENCE("Science", false),
  READING_SCORE("Reading scaled score", false),
  MATHS_SCORE("Maths scaled score", false),
  GPS_SCORE("GPS scaled score", false),
  RESULTS("Results", false);

  private final String label;
  private final boolean personal;

  Field(String label, boolean personal) {
    this.label = label;
    this.personal = personal;
  }

  public String label() {
    return label;
  }

  public boolean personal() {
    return personal;
  }

  public static Field of(Subject subject) {
    return switch (subject) {
      case READING -> READING;
      case WRITING -> WRITING;
      case MATHS -> MATHS;
      case SCIENCE -> SCIENCE;
    };
  }

  public static Field of(ScaledScore score) {
    return switch (score) {
      case READING -> READING_SCORE;
      case MATHS -> MATHS_SCORE;
      case GPS -> GPS_SCORE;
    };
  }
}
