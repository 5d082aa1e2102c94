package uk.ks1.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundedRateTest {
  @Test
  void aPercentageOfABandIsTheCountsThatRoundToIt() {
    // 43% of 6-10 pupils: only 3 of 7
    assertThat(RoundedRate.counts(43, 6, 10)).containsExactly(3, 3);
    // 50% of 6-10: 3 of 6, 4 of 8, 5 of 10
    assertThat(RoundedRate.counts(50, 6, 10)).containsExactly(3, 5);
    // 100%: all of them; 0%: none
    assertThat(RoundedRate.counts(100, 6, 10)).containsExactly(6, 10);
    assertThat(RoundedRate.counts(0, 6, 10)).containsExactly(0, 0);
  }

  @Test
  void countsThePublishedViewWouldHaveHiddenAreLeftOut() {
    // 83% of 6 is 5 of 6, one short of the whole: never shown, so not a candidate
    assertThat(RoundedRate.counts(83, 6, 6)).isNull();
    // 13% of 8 is 1 of 8: never shown
    assertThat(RoundedRate.counts(13, 8, 8)).isNull();
  }

  @Test
  void halvesRoundUp() {
    // 12.5% is 13, 37.5% is 38
    assertThat(RoundedRate.counts(13, 8, 8)).isNull();
    assertThat(RoundedRate.counts(38, 8, 8)).containsExactly(3, 3);
  }
}
