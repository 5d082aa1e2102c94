package uk.ks1.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {
  @Test
  void roundsHalvesUpFromTheExactFraction() {
    assertThat(Percent.rounded(1, 8)).isEqualTo(13); // 12.5
    assertThat(Percent.rounded(5, 8)).isEqualTo(63); // 62.5
    assertThat(Percent.rounded(1, 3)).isEqualTo(33); // 33.33
    assertThat(Percent.rounded(2, 3)).isEqualTo(67); // 66.67
    assertThat(Percent.rounded(7, 200)).isEqualTo(4); // 3.5
    assertThat(Percent.rounded(0, 5)).isZero();
    assertThat(Percent.rounded(5, 5)).isEqualTo(100);
  }

  @Test
  void unroundedPercentagesAreNullWhenNobodyIsEligible() {
    assertThat(Percent.of(3, 4)).isEqualTo(75.0);
    assertThat(Percent.of(0, 0)).isNull();
  }

  @Test
  void gapsComeFromUnroundedValuesAndRoundHalfAwayFromZero() {
    // 1/8 = 12.5%, 1/4 = 25%: -12.5 points -> -13
    assertThat(Percent.gap(new Counts(8, 1, 0), new Counts(4, 1, 0), false)).isEqualTo(-12.5);
    assertThat(Percent.roundedGap(1, 8, 1, 4)).isEqualTo(-13);
    assertThat(Percent.roundedGap(1, 4, 1, 8)).isEqualTo(13);
    // 9/16 = 56.25% against 13/20 = 65%: -8.75 -> -9
    assertThat(Percent.roundedGap(9, 16, 13, 20)).isEqualTo(-9);
    // 131/250 = 52.4% (published 52) against 62/125 = 49.6% (published 50): the gap is 2.8 -> 3,
    // where the published, rounded figures would give 2
    assertThat(Percent.roundedGap(131, 250, 62, 125)).isEqualTo(3);
  }
}
