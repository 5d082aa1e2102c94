package uk.ks1.collections.eyfsp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.eyfsp.Eyfsp;
import uk.ks1.collections.eyfsp.Goals;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.DeclaredCounts;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.StoreCount;

/**
 * EYFSP's store declaration: its names, one measure whose eligible count every rated count is a
 * percentage of (each column declared once), and what each count makes of children's stored goals.
 */
class EyfspStoreTest {
  private final CollectionStore store = Eyfsp.definition().store();
  private final List<String> items = Eyfsp.definition().items().stream().map(Item::id).toList();
  private final DeclaredCounts declared = new DeclaredCounts(Eyfsp.definition(), items);

  @Test
  void theTablesAndViewsAreNamedEyfsp() {
    assertThat(store.prefix()).isEqualTo("eyfsp_");
    assertThat(List.of(store.pupilTable(), store.schoolCountsTable(), store.resultsView()))
        .containsExactly("eyfsp_pupil_records", "eyfsp_school_counts", "eyfsp_pupil_results");
    assertThat(items)
        .containsExactly(
            "e01", "e02", "e03", "e04", "e05", "e06", "e07", "e08", "e09", "e10", "e11", "e12",
            "e13", "e14", "e15", "e16", "e17");
    assertThat(store.views())
        .extracting(v -> v.substring(0, v.indexOf(" AS")))
        .containsExactly(
            "CREATE OR REPLACE VIEW eyfsp_summary",
            "CREATE OR REPLACE VIEW eyfsp_elg_summary",
            "CREATE OR REPLACE VIEW eyfsp_area_summary",
            "CREATE OR REPLACE VIEW eyfsp_code_counts");
    assertThat(store.issueViews()).isEmpty();
  }

  @Test
  void oneMeasureOwnsEligibleAndEveryColumnIsDeclaredOnce() {
    assertThat(store.measures()).hasSize(1);
    assertThat(store.measures().get(0).eligible().column()).isEqualTo("eligible");
    List<String> columns = store.counts().stream().map(StoreCount::column).toList();
    List<String> expected = new ArrayList<>(List.of("eligible", "gld", "all_elgs_expected"));
    for (int g = 1; g <= 17; g++) {
      expected.add("e%02d_expected".formatted(g));
    }
    expected.addAll(
        List.of(
            "com_expected",
            "pse_expected",
            "phy_expected",
            "lit_expected",
            "mat_expected",
            "utw_expected",
            "exp_expected"));
    assertThat(columns).containsExactlyElementsOf(expected);
    assertThat(new HashSet<>(columns)).hasSameSizeAs(columns);
    // every count reads only the collection's items
    store.counts().forEach(c -> assertThat(items).as(c.column()).containsAll(c.items()));
  }

  @Test
  void aChildAtExpectedInAll17CountsInEveryMeasure() {
    long[] counts = count(codes("22222222222222222"));
    assertThat(counts).containsOnly(1);
  }

  @Test
  void gldIsExpectedInE01ToE12AndTheAreasAndGoalsCountTheirOwn() {
    // GLD, but emerging in E13 (understanding the world) and E17 (expressive arts)
    long[] counts = count(codes("22222222222212221"));
    assertThat(at(counts, "eligible", "gld", "all_elgs_expected")).containsExactly(1, 1, 0);
    assertThat(at(counts, "e12_expected", "e13_expected", "e14_expected", "e17_expected"))
        .containsExactly(1, 0, 1, 0);
    assertThat(at(counts, "mat_expected", "utw_expected", "exp_expected")).containsExactly(1, 0, 0);
    // emerging in writing (E10) alone: no GLD, literacy not at expected, the other 16 goals are
    long[] writing = count(codes("22222222212222222"));
    assertThat(at(writing, "eligible", "gld", "all_elgs_expected", "e10_expected", "lit_expected"))
        .containsExactly(1, 0, 0, 0, 0);
    assertThat(at(writing, "e09_expected", "com_expected", "exp_expected"))
        .containsExactly(1, 1, 1);
  }

  @Test
  void aChildUnableToBeAssessedIsEligibleAndReachesNoGoal() {
    long[] counts = count(codes("AAAAAAAAAAAAAAAAA"));
    assertThat(at(counts, "eligible")).containsExactly(1);
    long reached = 0;
    for (int i = 1; i < counts.length; i++) {
      reached += counts[i];
    }
    assertThat(reached).isZero();
  }

  @Test
  void aProfileThatIsNotValidCountsNowhereAsTheStoreLeavesItsRecordOut() {
    // a goal in error (null), As beside results, and a 2013-2021 code: no valid profile
    Object[] inError = codes("22222222222222222");
    inError[9] = null;
    assertThat(count(inError)).containsOnly(0);
    assertThat(count(codes("A2222222222222222"))).containsOnly(0);
    assertThat(count(codes("32222222222222222"))).containsOnly(0);
  }

  private static Object[] codes(String codes) {
    Object[] values = new Object[codes.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = String.valueOf(codes.charAt(i));
    }
    return values;
  }

  private long[] count(Object[] values) {
    long[] into = new long[declared.size()];
    declared.add(values, 2024, into, 0);
    return into;
  }

  private long[] at(long[] counts, String... columns) {
    List<String> all = store.counts().stream().map(StoreCount::column).toList();
    long[] out = new long[columns.length];
    for (int i = 0; i < columns.length; i++) {
      out[i] = counts[all.indexOf(columns[i])];
    }
    return out;
  }

  @Test
  void theContractViewsReadTheFourLevelsSummaries() {
    String summary = store.views().get(0);
    assertThat(summary)
        .contains("SELECT 'national' AS level, 'England' AS key, collection, year")
        .contains("'region' AS level, region AS key")
        .contains("'la' AS level, la_code AS key")
        .contains("'school' AS level, laestab AS key")
        .contains(
            "FROM eyfsp_national_summary",
            "FROM eyfsp_region_summary",
            "FROM eyfsp_la_summary",
            "FROM eyfsp_school_summary")
        .contains(
            "(e01_expected + e02_expected + e03_expected + e04_expected + e05_expected"
                + " + e06_expected + e07_expected + e08_expected + e09_expected + e10_expected"
                + " + e11_expected + e12_expected + e13_expected + e14_expected + e15_expected"
                + " + e16_expected + e17_expected)::DOUBLE / NULLIF(eligible, 0)"
                + " AS average_elgs_expected");
    assertThat(store.views().get(1))
        .contains("('E01', 'COM')", "('E17', 'EXP')", "WHEN 'E10' THEN s.e10_expected")
        .contains("SELECT level, key, year, elg, area, eligible, expected,");
    assertThat(store.views().get(2))
        .contains("('PSE')", "WHEN 'UTW' THEN s.utw_expected")
        .contains("SELECT level, key, year, area, eligible, expected,");
    assertThat(store.views().get(3))
        .contains("FROM eyfsp_pupil_results")
        .contains("ON " + String.join(", ", Goals.columns(Goals.ALL)) + " INTO NAME subject");
  }
}
