package uk.ks1.collections.ks1ta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import uk.ks1.collections.ks1ta.sample.Ks1TaSample;
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
 * KS1 teacher assessment (optional since 2024): four TA subjects and three optional test scaled
 * scores, for Year 2 pupils. Everything particular to KS1 TA sits in this package.
 */
public final class Ks1Ta implements CollectionDefinition {
  /** Year 2; optional from 2024 (only schools the LA marks as taking part are expected). */
  @Override
  public YearGroup yearGroup() {
    return new YearGroup("Year 2", 6, OptionalInt.of(2024));
  }

  public static final String ID = "KS1_TA";
  private static final Ks1Ta INSTANCE = new Ks1Ta();

  private final List<Item> items;

  private Ks1Ta() {
    List<Item> all = new ArrayList<>();
    Subject.ALL.forEach(s -> all.add(s.item()));
    for (ScaledScore s : ScaledScore.values()) {
      all.add(s.item());
    }
    this.items = List.copyOf(all);
  }

  public static Ks1Ta definition() {
    return INSTANCE;
  }

  /** KS1 TA in the summer of {@code year}. */
  public static CollectionYear year(int year) {
    return new CollectionYear(ID, year);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "KS1 teacher assessment";
  }

  @Override
  public List<Item> items() {
    return items;
  }

  @Override
  public CollectionIntake intake() {
    return Ks1TaIntake.INSTANCE;
  }

  @Override
  public CollectionRules rules() {
    return Ks1TaRules.INSTANCE;
  }

  @Override
  public CollectionStore store() {
    return Ks1TaStore.INSTANCE;
  }

  @Override
  public CollectionReporting reporting() {
    return Ks1TaReporting.INSTANCE;
  }

  @Override
  public Optional<CollectionSample> sample() {
    return Optional.of(Ks1TaSample.INSTANCE);
  }
}
