package uk.ks1.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionReporting;
import uk.ks1.core.collection.ReportedCodes;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.reporting.access.Scope;

/**
 * KS1 TA's measures (the collection the figures API served before any other) through disclosure.
 */
class DisclosureTest {
  private static final CollectionReporting KS1 = Ks1Ta.definition().reporting();

  private static Summary summary(
      Level level, String key, String la, long eligible, long exs, long gds) {
    Map<String, Counts> m = new LinkedHashMap<>();
    for (ReportedMeasure x : KS1.measures()) {
      m.put(x.key(), new Counts(eligible, exs, x.hasHigher() ? gds : 0));
    }
    return new Summary(
        level,
        key,
        key,
        la,
        "West Midlands",
        "KS1_TA",
        2023,
        1,
        1,
        eligible,
        m,
        Instant.parse("2023-06-20T10:00:00Z"));
  }

  private static final Summary TINY = summary(Level.SCHOOL, "3302002", "330", 4, 2, 1);
  private static final Summary BIG = summary(Level.SCHOOL, "3302001", "330", 20, 13, 2);
  private static final Summary LA = summary(Level.LA, "330", "330", 40, 26, 8);
  private static final Summary ENGLAND = summary(Level.NATIONAL, "England", null, 5, 1, 2);

  /** The rows do not add up (no sums across levels): each row's own rules alone. */
  private static Disclosure disclosure(Scope scope) {
    Map<String, Summary> schools = new LinkedHashMap<>();
    schools.put(TINY.key(), TINY);
    schools.put(BIG.key(), BIG);
    FigureEndpoints.Levels levels =
        new FigureEndpoints.Levels(ENGLAND, Map.of(), Map.of("330", LA), schools);
    PublishedCells cells = PublishedCells.of(KS1.measures(), levels, List.of(), ReportedCodes.NONE);
    return new Disclosure(KS1, scope, () -> cells);
  }

  @Test
  void outsideItsLaASchoolHasNoCountsAndASmallSchoolNoPercentages() {
    for (Scope outside : List.of(Scope.ANONYMOUS, Scope.la("201"))) {
      Published p = disclosure(outside).publish(TINY);
      assertThat(p.suppressed()).isTrue();
      assertThat(p.coverage().pupils()).isEqualTo("1-5");
      Published.MeasureFigures reading = p.measure("reading");
      assertThat(reading.eligible()).isNull();
      assertThat(reading.met()).isNull();
      assertThat(reading.higher()).isNull();
      assertThat(List.of(reading.metPct(), reading.metPctRounded(), reading.higherPct()))
          .containsOnly("c");
    }
  }

  @Test
  void theLasOwnTokenAndAnalystsSeeItUnsuppressed() {
    for (Scope inside : List.of(Scope.la("330"), Scope.NATIONAL)) {
      Published p = disclosure(inside).publish(TINY);
      Published.MeasureFigures reading = p.measure("reading");
      assertThat(List.of(reading.met(), reading.metPct(), reading.metPctRounded()))
          .containsExactly(2L, 50.0, 50L);
      assertThat(reading.higher()).isEqualTo(1L);
      assertThat(p.coverage().pupils()).isEqualTo(4L);
    }
  }

  @Test
  void aPublishedSchoolShowsWholeNumberPercentagesUnlessACountOrItsComplementIsOneOrTwo() {
    Published p = disclosure(Scope.ANONYMOUS).publish(BIG);
    assertThat(p.coverage().pupils()).isEqualTo("11-30");
    Published.MeasureFigures maths = p.measure("maths");
    assertThat(List.of(maths.metPct(), maths.metPctRounded())).containsOnly(65L);
    // 10% of 11-30 pupils: the 2 at greater depth are hidden
    assertThat(List.of(maths.higherPct(), maths.higherPctRounded())).containsOnly("c");
  }

  @Test
  void anLaShowsItsCountsAndUnroundedPercentages() {
    Published.MeasureFigures maths = disclosure(Scope.ANONYMOUS).publish(LA).measure("maths");
    assertThat(List.of(maths.eligible(), maths.met(), maths.metPct(), maths.higher()))
        .containsExactly(40L, 26L, 65.0, 8L);
  }

  @Test
  void nationalFiguresAreNeverSuppressed() {
    Published p = disclosure(Scope.ANONYMOUS).publish(ENGLAND);
    assertThat(p.suppressed()).isFalse();
    assertThat(p.measure("reading").met()).isEqualTo(1L);
    assertThat(p.measure("reading").metPctRounded()).isEqualTo(20L);
    assertThat(p.status()).isEqualTo("provisional");
  }

  @Test
  void scienceHasNoGreaterDepthAndRwmSaysItIsNotADfeMeasure() {
    Published p = disclosure(Scope.NATIONAL).publish(BIG);
    Published.MeasureFigures science = p.measure("science");
    assertThat(List.of(science.higher(), science.higherPct(), science.higherPctRounded()))
        .containsOnly("z");
    Published.MeasureFigures rwm = p.measure("rwm");
    assertThat(rwm.dfeMeasure()).isFalse();
    assertThat(rwm.note()).isEqualTo("Not a DfE KS1 measure");
    assertThat(p.measure("reading").note()).isNull();
  }

  @Test
  void nothingReceivedIsNotAvailableAndNobodyEligibleIsNotApplicable() {
    Published none =
        disclosure(Scope.ANONYMOUS)
            .publish(Summary.empty(Level.NATIONAL, "England", "England", "KS1_TA", 2023));
    assertThat(none.measure("reading").metPct()).isEqualTo("x");
    assertThat(none.measure("science").higher()).isEqualTo("z");
    Published empty = disclosure(Scope.NATIONAL).publish(summary(Level.LA, "330", "330", 0, 0, 0));
    assertThat(empty.measure("reading").metPct()).isEqualTo("z");
  }

  @Test
  void aPublishedSchoolsGapsComeFromItsWholeNumbersAndAreSuppressedWhenEitherSideIs() {
    Disclosure anonymous = disclosure(Scope.ANONYMOUS);
    List<Published.Gaps> big = anonymous.gaps(BIG, List.of(LA, ENGLAND));
    Published.Gap toLa = big.get(0).measures().get(0);
    assertThat(toLa.met()).isEqualTo(0.0); // 65 - 65
    assertThat(toLa.metRounded()).isEqualTo(0L);
    assertThat(List.of(toLa.higher(), toLa.higherRounded())).containsOnly("c");
    // England is never suppressed: 65 - 20
    assertThat(big.get(1).measures().get(0).metRounded()).isEqualTo(45L);
    assertThat(big.get(1).against()).isEqualTo("national");
    Published.Gap ownToLa =
        disclosure(Scope.la("330")).gaps(BIG, List.of(LA)).get(0).measures().get(0);
    assertThat(ownToLa.higher()).isEqualTo(10.0 - 20.0);
    assertThat(ownToLa.higherRounded()).isEqualTo(-10L);

    Published.Gap tiny = anonymous.gaps(TINY, List.of(LA)).get(0).measures().get(0);
    assertThat(List.of(tiny.met(), tiny.metRounded(), tiny.higher())).containsOnly("c");
    assertThat(anonymous.gaps(TINY, List.of(LA)).get(0).measures().get(3).higher()).isEqualTo("z");
  }
}
