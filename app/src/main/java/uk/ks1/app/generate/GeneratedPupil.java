package uk.ks1.app.generate;

/**
 * A pupil as the generator writes it (values as written, possibly with a mistake), and what the
 * rules must make of it: whether the record counts and which subject codes count.
 */
final class GeneratedPupil {
  String upn;
  final String forename;
  final String surname;
  String dob;
  final String sex;

  /** The values as written, in the order of the sample's items; null = left blank. */
  final String[] written;

  /** The values that count (null = item in error); all null when the record does not count. */
  final String[] counting;

  boolean recordCounts = true;
  Mistake mistake;

  GeneratedPupil(
      String upn, String forename, String surname, String dob, String sex, String[] codes) {
    this.upn = upn;
    this.forename = forename;
    this.surname = surname;
    this.dob = dob;
    this.sex = sex;
    this.written = codes.clone();
    this.counting = codes.clone();
  }
}
