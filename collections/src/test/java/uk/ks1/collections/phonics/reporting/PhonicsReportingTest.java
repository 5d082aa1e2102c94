package uk.ks1.collections.phonics.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.ReportedCodes;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.collection.StoreCount;

/** What people see of phonics, checked against the store's columns it names. */
class PhonicsReportingTest {
  private final CollectionReporting reporting = Phonics.definition().reporting();

  @Test
  void twoMeasuresWithoutAHigherStandardOverTheStoresColumns() {
    assertThat(reporting.measures())
        .extracting(
            ReportedMeasure::key,
            ReportedMeasure::label,
            ReportedMeasure::headline,
            ReportedMeasure::eligibleColumn,
            ReportedMeasure::metColumn,
            ReportedMeasure::hasHigher)
        .containsExactly(
            tuple("y1", "Year 1 met the expected standard", true, "y1_eligible", "y1_met", false),
            tuple("y2", "Year 2 re-check", false, "y2_eligible", "y2_met", false));
    Set<String> columns =
        Phonics.definition().store().counts().stream()
            .map(StoreCount::column)
            .collect(Collectors.toSet());
    for (ReportedMeasure m : reporting.measures()) {
      assertThat(columns).contains(m.eligibleColumn(), m.metColumn());
    }
    assertThat(reporting.stats().metField()).isEqualTo("met");
    assertThat(reporting.labels().filePrefix()).isEqualTo("phonics");
  }

  @Test
  void theViewsAreThePhonicsOnes() {
    var v = reporting.views();
    assertThat(
            java.util.List.of(
                v.nationalSummary(),
                v.regionSummary(),
                v.laSummary(),
                v.schoolSummary(),
                v.schoolCounts(),
                v.codeCounts(),
                v.pupilRows()))
        .containsExactly(
            "phonics_national_summary",
            "phonics_region_summary",
            "phonics_la_summary",
            "phonics_school_summary",
            "phonics_school_counts",
            "phonics_code_counts",
            "phonics_pupil_records");
    assertThat(reporting.pupilListItems()).containsExactly(Phonics.MARK, Phonics.OUTCOME);
  }

  @Test
  void eachMeasuresOutcomesAddUpToItsEligibleWithWaItsMetCount() {
    ReportedCodes codes = reporting.codes(2024);
    assertThat(codes.sets().keySet()).containsExactly("y1_outcome", "y2_outcome");
    assertThat(codes.sets().get("y1_outcome")).containsExactly("WA", "WT", "A", "D", "Q");
    assertThat(codes.meanings())
        .containsEntry("y1_outcome", new ReportedCodes.Meaning("y1", "WA", null))
        .containsEntry("y2_outcome", new ReportedCodes.Meaning("y2", "WA", null));
    for (ReportedCodes.Meaning m : codes.meanings().values()) {
      assertThat(reporting.measure(m.measure())).isPresent();
    }
  }
}
