package uk.ks1.collections.ks1ta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaledScoreTest {
  @Test
  void aScaledScoreIsAWholeNumberFrom85To115() {
    assertThat(ScaledScore.parse("85")).contains(85);
    assertThat(ScaledScore.parse(" 115 ")).contains(115);
    assertThat(ScaledScore.parse("100.0")).contains(100);
    assertThat(ScaledScore.parse("84")).isEmpty();
    assertThat(ScaledScore.parse("116")).isEmpty();
    assertThat(ScaledScore.parse("100.5")).isEmpty();
    assertThat(ScaledScore.parse("ten")).isEmpty();
    assertThat(ScaledScore.parse("")).isEmpty();
  }
}
