package uk.ks1.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.reporting.figures.CodeDistribution.Count;

class CodeDistributionTest {
  private static final List<Count> MATHS =
      List.of(
          new Count("maths", "EXS", 33),
          new Count("maths", "GDS", 7),
          new Count("maths", "PK4", 1),
          new Count("maths", "WTS", 16));

  private static List<Object> published(List<Count> counts, boolean suppress) {
    return CodeDistribution.publish(counts, suppress).stream()
        .map(CodeDistribution.Published::pupils)
        .toList();
  }

  @Test
  void aSingleSmallCountHidesTheNextSmallestSoTheTotalCannotGiveItBack() {
    assertThat(published(MATHS, true)).containsExactly(33L, "c", "c", 16L);
  }

  @Test
  void twoSmallCountsAreHiddenWithoutMore() {
    List<Count> reading =
        List.of(
            new Count("reading", "EXS", 20), new Count("reading", "A", 2),
            new Count("reading", "PK4", 1), new Count("reading", "WTS", 5));
    assertThat(published(reading, true)).containsExactly(20L, "c", "c", 5L);
  }

  @Test
  void eachSubjectIsJudgedOnItsOwnAndNothingIsHiddenUnsuppressed() {
    List<Count> both =
        List.of(
            new Count("maths", "EXS", 33),
            new Count("maths", "PK4", 1),
            new Count("science", "EXS", 30),
            new Count("science", "HNM", 4));
    assertThat(published(both, true)).containsExactly("c", "c", 30L, 4L);
    assertThat(published(MATHS, false)).containsExactly(33L, 7L, 1L, 16L);
  }
}
