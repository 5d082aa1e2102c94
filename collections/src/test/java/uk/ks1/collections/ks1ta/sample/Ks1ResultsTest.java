package uk.ks1.collections.ks1ta.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Ks1ResultsTest {
  private static final List<String> PRE_KEY_STAGE = List.of("EM", "PK1", "PK2", "PK3", "PK4");
  private static final List<String> AT_OR_ABOVE = List.of("EXS", "GDS");

  @Test
  void preKeyStageCodesGoOnlyToPupilsBelowTheStandardInEverySubject() {
    Rates england = new Rates(68, 19, 60, 8, 70, 16, 79, "England");
    Random random = new Random(11);
    Map<String, Integer> codes = new HashMap<>();
    int pupils = 50_000;
    int readingExsPlus = 0;
    for (int i = 0; i < pupils; i++) {
      String[] c = Ks1Results.draw(random, england);
      List<String> rwm = List.of(c[0], c[1], c[2]);
      if (rwm.stream().anyMatch(PRE_KEY_STAGE::contains)) {
        // R10 and R12 never arise from a clean generated pupil: one code in all three, science HNM
        assertThat(rwm).as("pupil %d", i).containsOnly(c[0]);
        assertThat(c[3]).as("pupil %d", i).isEqualTo("HNM");
      }
      for (String code : rwm) {
        codes.merge(code, 1, Integer::sum);
      }
      readingExsPlus += AT_OR_ABOVE.contains(c[0]) ? 1 : 0;
    }
    // about 6% of pupils, so 3 x 3,000 codes over reading, writing and maths, EM the commonest
    int preKeyStage = PRE_KEY_STAGE.stream().mapToInt(k -> codes.getOrDefault(k, 0)).sum();
    assertThat(preKeyStage).isBetween(6_000, 9_500);
    assertThat(codes.get("EM")).isGreaterThan(codes.get("PK1"));
    // the EXS+ rate is drawn as published (68%, within sampling error of 50,000 pupils)
    assertThat(readingExsPlus * 100.0 / pupils).isBetween(67.0, 69.0);
  }
}
