package uk.ks1.core.collection;

import java.util.OptionalInt;

/**
 * The year group a collection assesses, as the list of expected schools needs it: a school is
 * expected when its statutory age range covers the pupils' age at 1 September (domain.md, "Expected
 * schools").
 *
 * @param name "Reception", "Year 1", "Year 2"
 * @param ageAtSeptember the pupils' age at the start of the school year: Reception 4, Year 1 5,
 *     Year 2 6
 * @param optionalFrom the first summer from which the collection is optional (KS1 TA: 2024): then
 *     only the schools the LA marks as taking part are expected
 */
public record YearGroup(String name, int ageAtSeptember, OptionalInt optionalFrom) {
  public static YearGroup statutory(String name, int ageAtSeptember) {
    return new YearGroup(name, ageAtSeptember, OptionalInt.empty());
  }

  /** Whether, in the summer of {@code year}, only schools taking part are expected. */
  public boolean optionalIn(int year) {
    return optionalFrom.isPresent() && year >= optionalFrom.getAsInt();
  }
}
