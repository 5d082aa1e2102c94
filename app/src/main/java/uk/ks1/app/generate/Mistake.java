package uk.ks1.app.generate;

/**
 * The realistic mistakes the generator makes on purpose (docs/domain.md "Validation"), and their
 * effect.
 */
enum Mistake {
  /** 1510: the record does not count. */
  WRONG_CHECK_LETTER,
  /**
   * A code of another item (the sample's wrongCode); that item does not count (or the record, where
   * the collection's errors take the record out).
   */
  CODE_OF_ANOTHER_SUBJECT,
  /** An item that was given left blank; that item (or the record) does not count. */
  BLANK_RESULT,
  /** 1520: two records share a UPN; neither counts. */
  DUPLICATED_UPN,
  /** Query: born a year before the year group's window; counts. */
  DOB_OUTSIDE_YEAR_GROUP,
  /** Query: a temporary UPN (ends in a letter); counts. */
  TEMPORARY_UPN,
  /** Codes typed in lower case; accepted, counts. */
  LOWER_CASE_CODES;

  /**
   * Whether it is a mistake in one of the pupil's items (the collection's rules say its effect).
   */
  boolean ofAnItem() {
    return this == CODE_OF_ANOTHER_SUBJECT || this == BLANK_RESULT;
  }
}
