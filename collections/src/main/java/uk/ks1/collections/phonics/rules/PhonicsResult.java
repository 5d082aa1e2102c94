package uk.ks1.collections.phonics.rules;

import java.util.Optional;
import java.util.OptionalInt;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.core.codes.NcYear;
import uk.ks1.core.codes.ResultCodes;
import uk.ks1.core.collection.ItemKind;
import uk.ks1.core.event.PupilRecord;

/**
 * A pupil's phonics result as the rules read it: the raw mark and outcome, the mark when it is a
 * whole number 0-40, the outcome normalised (upper case, so Wa is WA), and the NC year.
 */
record PhonicsResult(String rawMark, String rawOutcome, Optional<Integer> mark, String outcome) {

  static PhonicsResult of(PupilRecord pupil) {
    String rawMark = pupil.item(Phonics.MARK);
    String rawOutcome = pupil.item(Phonics.OUTCOME);
    ItemKind.WholeNumber kind = (ItemKind.WholeNumber) Phonics.MARK.kind();
    return new PhonicsResult(
        rawMark, rawOutcome, kind.parse(rawMark), ResultCodes.normalise(rawOutcome));
  }

  boolean markGiven() {
    return rawMark != null && !rawMark.isBlank();
  }

  /** The pupil's NC year when it names a year group (R is 0). */
  static OptionalInt ncYear(PupilRecord pupil) {
    String raw = pupil.item(Phonics.NC_YEAR);
    return raw == null || raw.isBlank() ? OptionalInt.empty() : NcYear.parse(raw);
  }
}
