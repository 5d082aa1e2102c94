package uk.ks1.collections.phonics.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.collections.phonics.Thresholds;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.DeclaredCounts;
import uk.ks1.core.collection.ItemKind;
import uk.ks1.core.collection.StoreCount;

/**
 * The phonics store's declaration: the names, the counts' columns in order, and what each count
 * makes of stored values (as the writer's tally and the generator's manifest apply them).
 */
class PhonicsStoreTest {
  private final CollectionStore store = Phonics.definition().store();
  private final DeclaredCounts counts =
      new DeclaredCounts(Phonics.definition(), List.of("mark", "outcome", "nc_year"));

  /** y1_eligible, y1_met, y2_eligible, y2_met of one pupil's stored values in a year. */
  private long[] count(Integer mark, String outcome, Integer ncYear, int year) {
    long[] into = new long[4];
    counts.add(new Object[] {mark, outcome, ncYear}, year, into, 0);
    return into;
  }

  @Test
  void theTablesAndViewsArePhonicsOwn() {
    assertThat(store.prefix()).isEqualTo("phonics_");
    assertThat(List.of(store.pupilTable(), store.schoolCountsTable(), store.resultsView()))
        .containsExactly("phonics_pupil_records", "phonics_school_counts", "phonics_pupil_results");
    assertThat(store.views())
        .extracting(v -> v.substring(0, v.indexOf(" AS")))
        .containsExactly(
            "CREATE OR REPLACE VIEW phonics_summary",
            "CREATE OR REPLACE VIEW phonics_marks",
            "CREATE OR REPLACE VIEW phonics_code_counts",
            "CREATE OR REPLACE VIEW phonics_recheck_after_met",
            "CREATE OR REPLACE VIEW phonics_met_by_end_of_year2");
    assertThat(store.issueViews()).containsExactly("phonics_recheck_after_met");
    // the NC year is a column of the pupil table, an integer
    assertThat(Phonics.definition().items())
        .extracting(i -> i.id() + " " + i.kind().sqlType())
        .containsExactly("mark INTEGER", "outcome VARCHAR", "nc_year INTEGER");
  }

  @Test
  void theCountsAreTheSchoolCountsColumnsInOrder() {
    assertThat(store.counts().stream().map(StoreCount::column))
        .containsExactly("y1_eligible", "y1_met", "y2_eligible", "y2_met");
    assertThat(store.counts().get(0).items()).containsExactly("nc_year", "mark", "outcome");
    assertThat(store.counts().get(1).items()).containsExactly("nc_year", "mark");
  }

  @Test
  void aYear1MarkIsEligibleAndMeetsTheStandardFrom32() {
    assertThat(count(32, null, 1, 2024)).containsExactly(1, 1, 0, 0);
    assertThat(count(40, "WA", 1, 2024)).containsExactly(1, 1, 0, 0);
    assertThat(count(31, null, 1, 2024)).containsExactly(1, 0, 0, 0);
    assertThat(count(0, "WT", 1, 2024)).containsExactly(1, 0, 0, 0);
  }

  @Test
  void aDAndQAreEligibleAndNeverMetButLIsNotEligible() {
    for (String code : List.of("A", "D", "Q")) {
      assertThat(count(null, code, 1, 2024)).as(code).containsExactly(1, 0, 0, 0);
      assertThat(count(null, code, 2, 2024)).as(code).containsExactly(0, 0, 1, 0);
    }
    assertThat(count(null, "L", 1, 2024)).containsExactly(0, 0, 0, 0);
    assertThat(count(null, "L", 2, 2024)).containsExactly(0, 0, 0, 0);
    // WA alone is no result (S02 keeps such a record out anyway)
    assertThat(count(null, "WA", 1, 2024)).containsExactly(0, 0, 0, 0);
  }

  @Test
  void theYear2ReCheckCountsApartAndOtherYearGroupsInNeither() {
    assertThat(count(35, null, 2, 2024)).containsExactly(0, 0, 1, 1);
    assertThat(count(20, null, 2, 2024)).containsExactly(0, 0, 1, 0);
    assertThat(count(35, null, 3, 2024)).containsExactly(0, 0, 0, 0);
    assertThat(count(35, null, null, 2024)).containsExactly(0, 0, 0, 0);
  }

  @Test
  void theThresholdIsDataPerYearAndALaterYearTakesTheLatestListed() {
    assertThat(List.of(Thresholds.of(2012), Thresholds.of(2025), Thresholds.of(2031)))
        .containsExactly(32, 32, 32);
    assertThat(Thresholds.of(2005)).isEqualTo(32);
    assertThat(Thresholds.condition().minFromYear()).hasSize(14).containsKeys(2012, 2025);
    assertThat(count(31, null, 1, 2031)).containsExactly(1, 0, 0, 0);
    assertThat(count(32, null, 1, 2031)).containsExactly(1, 1, 0, 0);
    assertThat(Thresholds.sql("r.year"))
        .startsWith("CASE WHEN r.year >= 2025 THEN 32 WHEN r.year >= 2024 THEN 32")
        .endsWith("WHEN r.year >= 2012 THEN 32 ELSE 32 END");
  }

  @Test
  void valuesAsTheStoreKeepsThemFromRawText() {
    ItemKind mark = Phonics.MARK.kind();
    ItemKind ncYear = Phonics.NC_YEAR.kind();
    ItemKind outcome = Phonics.OUTCOME.kind();
    assertThat(count((Integer) mark.stored("32.0"), null, (Integer) ncYear.stored("Y1"), 2024))
        .containsExactly(1, 1, 0, 0);
    assertThat(count(null, (String) outcome.stored(" d "), (Integer) ncYear.stored("2"), 2024))
        .containsExactly(0, 0, 1, 0);
  }

  @Test
  void theContractViewsHaveTheirColumns() {
    String summary = store.views().get(0);
    assertThat(summary)
        .contains(
            "SELECT 'national' AS level, 'England' AS key, collection, year, las, schools,"
                + " pupils, y1_eligible, y1_met, y1_met_pct, y2_eligible, y2_met, y2_met_pct,"
                + " updated_at FROM phonics_national_summary")
        .contains("SELECT 'region' AS level, region AS key,")
        .contains("SELECT 'la' AS level, la_code AS key,")
        .contains("SELECT 'school' AS level, laestab AS key,")
        .contains("FROM phonics_school_summary");
    assertThat(store.views().get(1))
        .contains(
            "SELECT 'national' AS level, 'England' AS key, year, nc_year, mark, count(*) AS"
                + " pupils FROM m GROUP BY year, nc_year, mark")
        .contains("FROM phonics_pupil_results WHERE mark IS NOT NULL");
    assertThat(store.views().get(2))
        .contains(
            "SELECT 'la' AS level, la_code AS key, collection, year, subject, code, count(*) AS"
                + " pupils FROM u GROUP BY la_code, collection, year, subject, code")
        .contains("r.outcome IN ('A', 'D', 'Q')");
  }

  @Test
  void theRecheckQueryIsWrittenAsRowsOfDataErrorsWithTheRulesMessage() {
    String s07 = store.views().get(3);
    assertThat(s07)
        .contains(
            "SELECT r.submission_id, r.row_number, r.pupil_key, 'NC year' AS field,\n"
                + "       'S07' AS rule_id, 'query' AS severity, 'none' AS effect,\n"
                + "       CAST(r.nc_year AS VARCHAR) AS value,")
        .contains("AS message,")
        .contains("JOIN met m ON m.pupil_key = r.pupil_key AND m.year = r.year - 1")
        .contains("WHERE r.nc_year = 2 AND s.status IN ('successful', 'successful with errors')")
        .contains("FROM phonics_pupil_results p")
        .contains("WHERE p.nc_year = 1 AND p.pupil_key IS NOT NULL AND p.mark >= CASE")
        .contains(
            "'Row ' || (CAST(r.row_number AS VARCHAR)) || ', ' || ('NC year') || ': a Year 2"
                + " result, but the pupil met the standard in Year 1 in ' || (CAST(m.year AS"
                + " VARCHAR))")
        .doesNotContain("upn")
        .doesNotContain("surname");
  }
}
