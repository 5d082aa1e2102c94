package uk.ks1.collections.phonics;

import java.util.List;
import java.util.Set;
import uk.ks1.collections.phonics.store.PhonicsViews;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.StoreCount;
import uk.ks1.core.collection.StoreCount.Condition;
import uk.ks1.core.collection.StoreCount.Test;
import uk.ks1.core.collection.StoreMeasure;

/**
 * The phonics check's part of {@link CollectionStore} (tables {@code phonics_...}): for Year 1 and
 * for the Year 2 re-check apart, the eligible pupils (a mark, or A, D or Q; L, left, is not) and
 * those who met the standard (a mark of at least the year's threshold), so the summaries give
 * {@code y1_eligible, y1_met, y1_met_pct, y2_eligible, y2_met, y2_met_pct}; and the views of {@link
 * PhonicsViews}.
 */
final class PhonicsStore implements CollectionStore {
  static final PhonicsStore INSTANCE = new PhonicsStore();

  private static final List<StoreMeasure> MEASURES = List.of(measure(1), measure(2));

  private PhonicsStore() {}

  /** NC year {@code ncYear}'s measure: {@code y<n>_eligible} and {@code y<n>_met}. */
  private static StoreMeasure measure(int ncYear) {
    Test inYear = Test.every(new Condition.NumberIn(Set.of(ncYear)), Phonics.NC_YEAR.id());
    Test eligible =
        Test.anyOf(
            Test.every(new Condition.Given(), Phonics.MARK.id()),
            Test.every(new Condition.CodeIn(Outcomes.ELIGIBLE), Phonics.OUTCOME.id()));
    Test met = Test.every(Thresholds.condition(), Phonics.MARK.id());
    return StoreMeasure.of(
        StoreCount.of("y" + ncYear + "_eligible", Test.allOf(inYear, eligible)),
        StoreCount.of("y" + ncYear + "_met", Test.allOf(inYear, met)));
  }

  @Override
  public String prefix() {
    return "phonics_";
  }

  @Override
  public List<StoreMeasure> measures() {
    return MEASURES;
  }

  @Override
  public List<String> views() {
    return PhonicsViews.all(this);
  }

  @Override
  public List<String> issueViews() {
    return List.of(PhonicsViews.RECHECK_AFTER_MET);
  }
}
