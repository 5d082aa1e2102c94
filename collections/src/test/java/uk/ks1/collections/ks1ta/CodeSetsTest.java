package uk.ks1.collections.ks1ta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeSetsTest {
  private final CodeSets sets = CodeSets.standard();

  @Test
  void currentCodesFrom2019() {
    assertThat(sets.valid(Subject.READING, 2023))
        .containsExactlyInAnyOrder("GDS", "EXS", "WTS", "PK4", "PK3", "PK2", "PK1", "EM", "A", "Q");
    assertThat(sets.valid(Subject.SCIENCE, 2019)).containsExactlyInAnyOrder("EXS", "HNM", "A", "Q");
  }

  @Test
  void legacyCodesUpTo2018() {
    assertThat(sets.valid(Subject.MATHS, 2018)).contains("BLW", "PKF", "D").doesNotContain("PK4");
    assertThat(sets.valid(Subject.WRITING, 2016)).contains("GDS", "EXS", "WTS");
  }

  @Test
  void yearsAskedInTurnEachGetTheirOwnCodes() {
    // the sets remember the last year asked: asking another and back must not mix them up
    for (int i = 0; i < 2; i++) {
      assertThat(sets.valid(Subject.MATHS, 2017)).contains("BLW").doesNotContain("PK4");
      assertThat(sets.valid(Subject.MATHS, 2023)).contains("PK4").doesNotContain("BLW");
      assertThat(sets.valid(Subject.MATHS, 2015)).isEmpty();
    }
  }

  @Test
  void coversNoYearBeforeTheFramework() {
    assertThat(sets.covers(2015)).isFalse();
    assertThat(sets.valid(Subject.READING, 2015)).isEmpty();
    assertThat(sets.covers(2027)).isTrue();
    assertThat(sets.firstYear()).isEqualTo(2016);
  }
}
