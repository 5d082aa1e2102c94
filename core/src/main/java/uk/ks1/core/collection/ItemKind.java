package uk.ks1.core.collection;

import java.math.BigDecimal;
import java.util.Optional;
import uk.ks1.core.codes.ResultCodes;

/**
 * What an item's raw text means: a code (trimmed, upper-cased, checked against the collection's
 * code sets for the year) or a whole number in a range. The store keeps a code as text and a number
 * as an integer.
 */
public sealed interface ItemKind {

  /** The value the store keeps for raw text that passed the item's rules; null when blank. */
  Object stored(String raw);

  /** The store's column type. */
  String sqlType();

  /** A code: stored normalised (upper case, no surrounding space). */
  record Code() implements ItemKind {
    @Override
    public String stored(String raw) {
      return ResultCodes.normalise(raw);
    }

    @Override
    public String sqlType() {
      return "VARCHAR";
    }
  }

  /** A whole number from min to max; "100.0" is 100 (a spreadsheet's number stored as decimal). */
  record WholeNumber(int min, int max) implements ItemKind {
    @Override
    public Integer stored(String raw) {
      return parse(raw).orElse(null);
    }

    @Override
    public String sqlType() {
      return "INTEGER";
    }

    /** The value when a whole number from min to max; empty when blank or not. */
    public Optional<Integer> parse(String raw) {
      if (raw == null || raw.isBlank()) {
        return Optional.empty();
      }
      try {
        BigDecimal value = new BigDecimal(raw.strip()).stripTrailingZeros();
        if (value.scale() > 0
            || value.compareTo(BigDecimal.valueOf(min)) < 0
            || value.compareTo(BigDecimal.valueOf(max)) > 0) {
          return Optional.empty();
        }
        return Optional.of(value.intValueExact());
      } catch (NumberFormatException | ArithmeticException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * The pupil's NC year, as {@link uk.ks1.core.codes.NcYear} reads it (R is 0); null when it names
   * no year group. Its raw text is the record's NC year, not a result.
   */
  record PupilNcYear() implements ItemKind {
    @Override
    public Integer stored(String raw) {
      java.util.OptionalInt year = uk.ks1.core.codes.NcYear.parse(raw);
      return year.isPresent() ? year.getAsInt() : null;
    }

    @Override
    public String sqlType() {
      return "INTEGER";
    }
  }
}
