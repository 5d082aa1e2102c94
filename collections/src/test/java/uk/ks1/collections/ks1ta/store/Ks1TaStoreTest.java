package uk.ks1.collections.ks1ta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.StoreCount;
import uk.ks1.core.collection.StoreMeasure;

/** KS1 TA's store declaration: the analysts' names and the school counts' columns, in order. */
class Ks1TaStoreTest {
  private final CollectionStore store = Ks1Ta.definition().store();

  @Test
  void theTablesAndViewsKeepTheNamesTheAnalystsKnow() {
    assertThat(store.prefix()).isEmpty();
    assertThat(List.of(store.pupilTable(), store.schoolCountsTable(), store.resultsView()))
        .containsExactly("pupil_records", "school_counts", "pupil_results");
    assertThat(store.views())
        .singleElement()
        .asString()
        .startsWith("CREATE OR REPLACE VIEW code_counts AS");
    assertThat(store.views().get(0))
        .contains("ON reading, writing, maths, science INTO NAME subject VALUE code");
  }

  @Test
  void theCountsAreTheSchoolCountsColumnsInOrderEachWithItsCondition() {
    assertThat(store.counts().stream().map(StoreCount::column))
        .containsExactly(
            "reading_eligible",
            "reading_exs_plus",
            "reading_gds",
            "writing_eligible",
            "writing_exs_plus",
            "writing_gds",
            "maths_eligible",
            "maths_exs_plus",
            "maths_gds",
            "science_eligible",
            "science_exs",
            "rwm_eligible",
            "rwm_exs_plus",
            "rwm_gds");
    StoreMeasure rwm = store.measures().get(4);
    assertThat(rwm.eligible().items()).containsExactly("reading", "writing", "maths");
    StoreCount.Condition exsPlus = ((StoreCount.Test.Every) rwm.rated().get(0).test()).condition();
    assertThat(
            List.of(
                exsPlus.test("EXS", 2023), exsPlus.test("GDS", 2023), exsPlus.test("WTS", 2023)))
        .containsExactly(true, true, false);
    StoreCount.Condition scienceExs =
        ((StoreCount.Test.Every) store.measures().get(3).rated().get(0).test()).condition();
    assertThat(
            List.of(
                scienceExs.test("EXS", 2023),
                scienceExs.test("GDS", 2023),
                scienceExs.test(null, 2023)))
        .containsExactly(true, false, false);
  }
}
