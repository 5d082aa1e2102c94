package uk.ks1.collections.eyfsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.ks1.collections.eyfsp.store.EyfspViews;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.StoreCount;
import uk.ks1.core.collection.StoreCount.Condition;
import uk.ks1.core.collection.StoreCount.Test;
import uk.ks1.core.collection.StoreMeasure;

/**
 * EYFSP's part of {@link CollectionStore}: tables and views named {@code eyfsp_...}, and its
 * measures (domain.md), all of the same children. Every measure's eligible pupils are the children
 * with a valid profile, so the store declares them once, as one {@link StoreMeasure}: {@code
 * eligible}, then {@code gld}, {@code all_elgs_expected}, each goal's {@code e01_expected} ...
 * {@code e17_expected} and each area's {@code com_expected} ... {@code exp_expected}, every one a
 * percentage of {@code eligible} in the summary views ({@code gld_pct}, {@code e01_expected_pct}
 * ...). A column the store declares twice is refused, and 26 copies of one count would say nothing.
 *
 * <p>Each count tests the whole profile (1 or 2 in every goal, or A in all 17), not only its own
 * goals: the store holds no record in error, so in SQL this changes nothing, but a tally of values
 * with a goal in error (null) then counts that child nowhere, as the store does.
 */
final class EyfspStore implements CollectionStore {
  private static final Condition ASSESSED = new Condition.CodeIn(Set.of("1", "2"));
  private static final Condition EXPECTED = new Condition.CodeIn(Set.of(ProfileCodes.EXPECTED));
  private static final Condition UNABLE = new Condition.CodeIn(Set.of(ProfileCodes.UNABLE));

  private static final String[] ALL = Goals.columns(Goals.ALL);

  /** 1 or 2 in every goal: a profile of a child assessed. */
  private static final Test ASSESSED_PROFILE = Test.every(ASSESSED, ALL);

  /** A valid profile: assessed, or A (unable to assess) in all 17. */
  static final Test VALID_PROFILE = Test.anyOf(ASSESSED_PROFILE, Test.every(UNABLE, ALL));

  /** After the tests it is made of: static fields start in order. */
  static final EyfspStore INSTANCE = new EyfspStore();

  private final List<StoreMeasure> measures;

  private EyfspStore() {
    List<StoreCount> rated = new ArrayList<>();
    rated.add(expectedIn("gld", Goals.GLD));
    rated.add(expectedIn("all_elgs_expected", Goals.ALL));
    for (Goal g : Goals.ALL) {
      rated.add(expectedIn(g.column() + "_expected", List.of(g)));
    }
    for (Area a : Goals.AREAS) {
      rated.add(expectedIn(a.column() + "_expected", Goals.of(a)));
    }
    this.measures =
        List.of(new StoreMeasure(StoreCount.of(EyfspViews.ELIGIBLE, VALID_PROFILE), rated));
  }

  /** Children assessed with 2 (expected) in every one of {@code goals}. */
  private static StoreCount expectedIn(String column, List<Goal> goals) {
    return StoreCount.of(
        column, Test.allOf(ASSESSED_PROFILE, Test.every(EXPECTED, Goals.columns(goals))));
  }

  @Override
  public String prefix() {
    return "eyfsp_";
  }

  @Override
  public List<StoreMeasure> measures() {
    return measures;
  }

  @Override
  public List<String> views() {
    return EyfspViews.ddl(this);
  }
}
