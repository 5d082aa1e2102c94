package uk.ks1.testkit;

/**
 * A pupil as a test writes it into a file: identity, NC year and the four TA codes (reading,
 * writing, maths, science). {@code null} leaves a value out of the file.
 */
public record TestPupil(
    String upn,
    String formerUpn,
    String forename,
    String surname,
    String dob,
    String sex,
    String ncYear,
    String reading,
    String writing,
    String maths,
    String science) {

  public static TestPupil of(String upn, String r, String w, String m, String s) {
    return new TestPupil(upn, null, "Pupil", "Tester", "2016-01-15", "F", "2", r, w, m, s);
  }

  public TestPupil withNames(String forename, String surname) {
    return new TestPupil(
        upn, formerUpn, forename, surname, dob, sex, ncYear, reading, writing, maths, science);
  }

  public TestPupil withSex(String sex) {
    return new TestPupil(
        upn, formerUpn, forename, surname, dob, sex, ncYear, reading, writing, maths, science);
  }

  public TestPupil withDob(String dob) {
    return new TestPupil(
        upn, formerUpn, forename, surname, dob, sex, ncYear, reading, writing, maths, science);
  }

  public TestPupil withUpn(String upn) {
    return new TestPupil(
        upn, formerUpn, forename, surname, dob, sex, ncYear, reading, writing, maths, science);
  }

  public TestPupil withFormerUpn(String formerUpn) {
    return new TestPupil(
        upn, formerUpn, forename, surname, dob, sex, ncYear, reading, writing, maths, science);
  }

  public TestPupil withNcYear(String ncYear) {
    return new TestPupil(
        upn, formerUpn, forename, surname, dob, sex, ncYear, reading, writing, maths, science);
  }

  public TestPupil withResults(String r, String w, String m, String s) {
    return new TestPupil(upn, formerUpn, forename, surname, dob, sex, ncYear, r, w, m, s);
  }
}
