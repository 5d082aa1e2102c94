package uk.ks1.collections.phonics;

import java.util.List;
import java.util.Optional;
import uk.ks1.collections.phonics.sample.PhonicsSample;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionIntake;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.CollectionRules;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.CollectionYear;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.YearGroup;

/**
 * The phonics screening check: one result per pupil, a mark 0-40 or one of A, D, L, Q instead of it
 * (with Wa/Wt, which the DfE no longer asks for, derived from the mark), taken in Year 1 and
 * re-taken in Year 2; the pupil's NC year says which. Everything particular to phonics sits in this
 * package (domain.md "Phonics screening check").
 */
public final class Phonics implements CollectionDefinition {
  @Override
  public YearGroup yearGroup() {
    return YearGroup.statutory("Year 1", 5);
  }

  public static final String ID = "PHONICS";

  /** The check's mark, 0-40. */
  public static final Item MARK = Item.wholeNumber("mark", "Phonics mark", 0, 40);

  /** A, D, L or Q instead of a mark; WA or WT beside one. */
  public static final Item OUTCOME = Item.code("outcome", "Phonics outcome");

  /** The pupil's NC year: 1 for the check, 2 for the re-check. */
  public static final Item NC_YEAR = Item.ncYear("nc_year", "NC year");

  private static final List<Item> ITEMS = List.of(MARK, OUTCOME, NC_YEAR);

  private static final Phonics INSTANCE = new Phonics();

  private Phonics() {}

  public static Phonics definition() {
    return INSTANCE;
  }

  /** The phonics check in the summer of {@code year}. */
  public static CollectionYear year(int year) {
    return new CollectionYear(ID, year);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "Phonics screening check";
  }

  @Override
  public List<Item> items() {
    return ITEMS;
  }

  @Override
  public CollectionIntake intake() {
    return PhonicsIntake.INSTANCE;
  }

  @Override
  public CollectionRules rules() {
    return PhonicsRules.INSTANCE;
  }

  @Override
  public CollectionStore store() {
    return PhonicsStore.INSTANCE;
  }

  @Override
  public CollectionReporting reporting() {
    return PhonicsReporting.INSTANCE;
  }

  @Override
  public Optional<CollectionSample> sample() {
    return Optional.of(PhonicsSample.INSTANCE);
  }
}
