package uk.ks1.collections.eyfsp;

import java.util.List;
import java.util.Optional;
import uk.ks1.collections.eyfsp.sample.EyfspSample;
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
 * The Early Years Foundation Stage Profile (2022 framework onward), for children in Reception: 17
 * early learning goals E01-E17 ({@link Goals}), each 1 (emerging), 2 (expected) or A (unable to
 * assess, then in all 17). Everything particular to EYFSP sits in this package. The 2013-2021
 * profile (goals G01-G17, codes 1, 2, 3) is not kept: its goals are not these.
 */
public final class Eyfsp implements CollectionDefinition {
  @Override
  public YearGroup yearGroup() {
    return YearGroup.statutory("Reception", 4);
  }

  public static final String ID = "EYFSP";
  private static final Eyfsp INSTANCE = new Eyfsp();

  private final List<Item> items = Goals.ALL.stream().map(Goal::item).toList();

  private Eyfsp() {}

  public static Eyfsp definition() {
    return INSTANCE;
  }

  /** EYFSP in the summer of {@code year}. */
  public static CollectionYear year(int year) {
    return new CollectionYear(ID, year);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "Early years foundation stage profile";
  }

  @Override
  public List<Item> items() {
    return items;
  }

  @Override
  public CollectionIntake intake() {
    return EyfspIntake.INSTANCE;
  }

  @Override
  public CollectionRules rules() {
    return EyfspRules.INSTANCE;
  }

  @Override
  public CollectionStore store() {
    return EyfspStore.INSTANCE;
  }

  @Override
  public CollectionReporting reporting() {
    return EyfspReporting.INSTANCE;
  }

  @Override
  public Optional<CollectionSample> sample() {
    return Optional.of(EyfspSample.INSTANCE);
  }
}
