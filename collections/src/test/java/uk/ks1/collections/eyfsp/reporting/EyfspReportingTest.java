package uk.ks1.collections.eyfsp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.eyfsp.Eyfsp;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.ReportedCodes;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.collection.StoreCount;

class EyfspReportingTest {
  private final CollectionReporting reporting = Eyfsp.definition().reporting();

  @Test
  void gldIsTheHeadlineThenAll17ThenEachAreaAndGoalNoneWithAHigherStandard() {
    List<ReportedMeasure> measures = reporting.measures();
    assertThat(measures).hasSize(2 + 7 + 17);
    assertThat(measures.subList(0, 3))
        .extracting(
            ReportedMeasure::key,
            ReportedMeasure::label,
            ReportedMeasure::headline,
            ReportedMeasure::metColumn)
        .containsExactly(
            tuple("gld", "Good level of development", true, "gld"),
            tuple("all_elgs", "Expected in all 17 ELGs", false, "all_elgs_expected"),
            tuple(
                "com",
                "Communication and language: expected in all its goals",
                false,
                "com_expected"));
    assertThat(measures.get(9))
        .extracting(ReportedMeasure::key, ReportedMeasure::label, ReportedMeasure::shortLabel)
        .containsExactly("e01", "E01 Listening, attention and understanding", "E01");
    assertThat(measures).allMatch(m -> !m.hasHigher() && m.official());
    assertThat(measures).allMatch(m -> m.eligibleColumn().equals("eligible"));
    assertThat(measures).filteredOn(ReportedMeasure::headline).hasSize(1);
    // every column a measure reads is one the store declares
    List<String> columns =
        Eyfsp.definition().store().counts().stream().map(StoreCount::column).toList();
    measures.forEach(m -> assertThat(columns).contains(m.eligibleColumn(), m.metColumn()));
  }

  @Test
  void aOneLineSummaryNamesGldAndAll17Only() {
    assertThat(reporting.briefMeasures().stream().map(ReportedMeasure::key))
        .containsExactly("gld", "all_elgs");
  }

  @Test
  void eachGoalsCodesAddUpToThatGoalsOwnMeasure() {
    ReportedCodes codes = reporting.codes(2024);
    assertThat(codes.sets()).hasSize(17);
    assertThat(codes.sets().get("e01")).containsExactly("1", "2", "A");
    assertThat(codes.meanings().get("e10")).isEqualTo(new ReportedCodes.Meaning("e10", "2", null));
    codes.meanings().values().forEach(m -> assertThat(reporting.measure(m.measure())).isPresent());
    assertThat(reporting.codes(2019).sets().get("e01")).isEqualTo(Set.of());
    assertThat(reporting.codes(2019).meanings()).isEmpty();
  }

  @Test
  void theViewsAreTheStoresAndThePupilListShowsTheGoals() {
    var views = reporting.views();
    assertThat(
            List.of(
                views.nationalSummary(),
                views.regionSummary(),
                views.laSummary(),
                views.schoolSummary(),
                views.schoolCounts(),
                views.codeCounts(),
                views.pupilRows()))
        .containsExactly(
            "eyfsp_national_summary",
            "eyfsp_region_summary",
            "eyfsp_la_summary",
            "eyfsp_school_summary",
            "eyfsp_school_counts",
            "eyfsp_code_counts",
            "eyfsp_pupil_records");
    assertThat(reporting.pupilListItems())
        .extracting(Item::id)
        .containsExactlyElementsOf(Eyfsp.definition().items().stream().map(Item::id).toList());
    assertThat(reporting.stats().metField()).isEqualTo("met");
    assertThat(reporting.labels().filePrefix()).isEqualTo("eyfsp");
  }
}
