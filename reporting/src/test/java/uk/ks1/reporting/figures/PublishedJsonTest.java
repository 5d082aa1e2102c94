package uk.ks1.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.ReportedCodes;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.json.Json;
import uk.ks1.reporting.access.Scope;

/** The API's names for a measure's cells are the collection's: KS1's as they always were. */
class PublishedJsonTest {
  private static final CollectionReporting KS1 = Ks1Ta.definition().reporting();

  private static Summary summary(Level level, String key, String la, long eligible) {
    Map<String, Counts> m = new LinkedHashMap<>();
    for (ReportedMeasure x : KS1.measures()) {
      m.put(x.key(), new Counts(eligible, 13, x.hasHigher() ? 5 : 0));
    }
    return new Summary(
        level, key, key, la, "West Midlands", "KS1_TA", 2023, 1, 1, eligible, m, Instant.EPOCH);
  }

  private static final Summary SCHOOL = summary(Level.SCHOOL, "3302001", "330", 20);
  private static final Summary LA = summary(Level.LA, "330", "330", 40);
  private static final Summary ENGLAND = summary(Level.NATIONAL, "England", null, 80);

  private static Disclosure disclosure(Scope scope) {
    FigureEndpoints.Levels levels =
        new FigureEndpoints.Levels(
            ENGLAND, Map.of(), Map.of("330", LA), Map.of(SCHOOL.key(), SCHOOL));
    PublishedCells cells = PublishedCells.of(KS1.measures(), levels, List.of(), ReportedCodes.NONE);
    return new Disclosure(KS1, scope, () -> cells);
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode json(Object value) {
    return Json.read(Json.write(value), JsonNode.class);
  }

  @Test
  void ks1MeasuresKeepTheirFieldsInTheirOrder() {
    Disclosure d = disclosure(Scope.NATIONAL);
    JsonNode p = json(FigureEndpoints.withGaps(d, levels(), SCHOOL));
    assertThat(p.at("/measures").findValuesAsText("measure"))
        .containsExactly("reading", "writing", "maths", "science", "rwm");
    assertThat(fields(p.at("/measures/0")))
        .containsExactly(
            "measure",
            "label",
            "dfeMeasure",
            "eligible",
            "exsPlus",
            "exsPlusPct",
            "exsPlusPctRounded",
            "gds",
            "gdsPct",
            "gdsPctRounded");
    assertThat(p.at("/measures/0/label").asText()).isEqualTo("Reading");
    assertThat(p.at("/measures/0/exsPlus").asLong()).isEqualTo(13);
    assertThat(p.at("/measures/0/gdsPctRounded").asLong()).isEqualTo(25);
    assertThat(p.at("/measures/3/gds").asText()).isEqualTo("z");
    assertThat(p.at("/measures/4/label").asText()).isEqualTo("Reading, writing and maths combined");
    assertThat(p.at("/measures/4/note").asText()).isEqualTo("Not a DfE KS1 measure");
    assertThat(p.at("/measures/4/dfeMeasure").asBoolean()).isFalse();
    assertThat(fields(p.at("/gaps/0/measures/0")))
        .containsExactly("measure", "exsPlus", "exsPlusRounded", "gds", "gdsRounded");
    assertThat(p.at("/gaps/0/measures/0/exsPlus").asDouble()).isEqualTo(65.0 - 32.5);
  }

  @Test
  void aPublishedSchoolLeavesItsCountsOut() {
    JsonNode p = json(disclosure(Scope.ANONYMOUS).publish(SCHOOL));
    assertThat(fields(p.at("/measures/0")))
        .containsExactly(
            "measure",
            "label",
            "dfeMeasure",
            "exsPlusPct",
            "exsPlusPctRounded",
            "gdsPct",
            "gdsPctRounded");
    assertThat(p.at("/measures/0/exsPlusPct").asLong()).isEqualTo(65);
  }

  private static FigureEndpoints.Levels levels() {
    return new FigureEndpoints.Levels(
        ENGLAND, Map.of(), Map.of("330", LA), Map.of(SCHOOL.key(), SCHOOL));
  }
}
