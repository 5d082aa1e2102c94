package uk.ks1.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.reporting.access.Scope;

class DisclosureTest {
  private static Summary summary(
      Level level, String key, String la, long eligible, long exs, long gds) {
    Map<Measure, Counts> m = new EnumMap<>(Measure.class);
    for (Measure x : Measure.values()) {
      m.put(x, new Counts(eligible, exs, x.hasGds() ? gds : 0));
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

  @Test
  void outsideItsLaASmallSchoolsPercentagesAndCountsOfOneOrTwoAreSuppressed() {
    for (Scope outside : List.of(Scope.ANONYMOUS, Scope.la("201"))) {
      Published p = new Disclosure(outside).publish(TINY);
      assertThat(p.suppressed()).isTrue();
      Published.MeasureFigures reading = p.measure(Measure.READING);
      assertThat(List.of(reading.eligible(), reading.exsPlus(), reading.exsPlusPct()))
          .containsExactly(4L, "c", "c");
      assertThat(List.of(reading.exsPlusPctRounded(), reading.gds(), reading.gdsPct()))
          .containsExactly("c", "c", "c");
    }
  }

  @Test
  void theLasOwnTokenAndAnalystsSeeItUnsuppressed() {
    for (Scope inside : List.of(Scope.la("330"), Scope.NATIONAL)) {
      Published.MeasureFigures reading =
          new Disclosure(inside).publish(TINY).measure(Measure.READING);
      assertThat(List.of(reading.exsPlus(), reading.exsPlusPct(), reading.exsPlusPctRounded()))
          .containsExactly(2L, 50.0, 50L);
      assertThat(reading.gds()).isEqualTo(1L);
    }
  }

  @Test
  void percentagesOfSixOrMoreAreShownUnlessTheirCountIsOneOrTwo() {
    Published.MeasureFigures maths =
        new Disclosure(Scope.ANONYMOUS).publish(BIG).measure(Measure.MATHS);
    assertThat(List.of(maths.eligible(), maths.exsPlus(), maths.exsPlusPct()))
        .containsExactly(20L, 13L, 65.0);
    assertThat(maths.exsPlusPctRounded()).isEqualTo(65L);
    // 10% of the 20 shown would give the hidden 2 away
    assertThat(List.of(maths.gds(), maths.gdsPct(), maths.gdsPctRounded())).containsOnly("c");
    Published.MeasureFigures own =
        new Disclosure(Scope.la("330")).publish(BIG).measure(Measure.MATHS);
    assertThat(List.of(own.gds(), own.gdsPct(), own.gdsPctRounded()))
        .containsExactly(2L, 10.0, 10L);
  }

  @Test
  void aCountOfThreeAndItsPercentageAreShown() {
    Published.MeasureFigures reading =
        new Disclosure(Scope.ANONYMOUS)
            .publish(summary(Level.SCHOOL, "3302003", "330", 30, 3, 3))
            .measure(Measure.READING);
    assertThat(List.of(reading.exsPlus(), reading.exsPlusPct(), reading.gds(), reading.gdsPct()))
        .containsExactly(3L, 10.0, 3L, 10.0);
  }

  @Test
  void nationalFiguresAreNeverSuppressed() {
    Published p = new Disclosure(Scope.ANONYMOUS).publish(ENGLAND);
    assertThat(p.suppressed()).isFalse();
    assertThat(p.measure(Measure.READING).exsPlus()).isEqualTo(1L);
    assertThat(p.measure(Measure.READING).exsPlusPctRounded()).isEqualTo(20L);
    assertThat(p.status()).isEqualTo("provisional");
  }

  @Test
  void scienceHasNoGreaterDepthAndRwmSaysItIsNotADfeMeasure() {
    Published p = new Disclosure(Scope.NATIONAL).publish(BIG);
    Published.MeasureFigures science = p.measure(Measure.SCIENCE);
    assertThat(List.of(science.gds(), science.gdsPct(), science.gdsPctRounded())).containsOnly("z");
    Published.MeasureFigures rwm = p.measure(Measure.RWM);
    assertThat(rwm.dfeMeasure()).isFalse();
    assertThat(rwm.note()).isEqualTo("Not a DfE KS1 measure");
    assertThat(p.measure(Measure.READING).note()).isNull();
  }

  @Test
  void nothingReceivedIsNotAvailableAndNobodyEligibleIsNotApplicable() {
    Published none =
        new Disclosure(Scope.ANONYMOUS)
            .publish(Summary.empty(Level.NATIONAL, "England", "England", "KS1_TA", 2023));
    assertThat(none.measure(Measure.READING).exsPlusPct()).isEqualTo("x");
    assertThat(none.measure(Measure.SCIENCE).gds()).isEqualTo("z");
    Published empty =
        new Disclosure(Scope.NATIONAL).publish(summary(Level.LA, "330", "330", 0, 0, 0));
    assertThat(empty.measure(Measure.READING).exsPlusPct()).isEqualTo("z");
  }

  @Test
  void gapsAreUnroundedDifferencesAndSuppressedWhenEitherSideIs() {
    Disclosure anonymous = new Disclosure(Scope.ANONYMOUS);
    List<Published.Gaps> big = anonymous.gaps(BIG, List.of(LA, ENGLAND));
    Published.Gap toLa = big.get(0).measures().get(0);
    assertThat(toLa.exsPlus()).isEqualTo(0.0); // 65% - 65%
    // the school's 2 at greater depth are hidden, and so is its gap
    assertThat(List.of(toLa.gds(), toLa.gdsRounded())).containsOnly("c");
    Published.Gap ownToLa =
        new Disclosure(Scope.la("330")).gaps(BIG, List.of(LA)).get(0).measures().get(0);
    assertThat(ownToLa.gds()).isEqualTo(10.0 - 20.0);
    assertThat(ownToLa.gdsRounded()).isEqualTo(-10L);
    // England has only 5 eligible but is never suppressed: 65% - 20%
    assertThat(big.get(1).measures().get(0).exsPlusRounded()).isEqualTo(45L);
    assertThat(big.get(1).against()).isEqualTo("national");

    Published.Gap tiny = anonymous.gaps(TINY, List.of(LA)).get(0).measures().get(0);
    assertThat(List.of(tiny.exsPlus(), tiny.exsPlusRounded(), tiny.gds())).containsOnly("c");
    Published.Gap own =
        new Disclosure(Scope.la("330")).gaps(TINY, List.of(LA)).get(0).measures().get(0);
    assertThat(own.exsPlus()).isEqualTo(50.0 - 65.0);
    assertThat(own.exsPlusRounded()).isEqualTo(-15L);
    assertThat(anonymous.gaps(TINY, List.of(LA)).get(0).measures().get(3).gds()).isEqualTo("z");
  }
}
