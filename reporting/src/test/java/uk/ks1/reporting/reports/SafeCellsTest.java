package uk.ks1.reporting.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeCellsTest {
  @Test
  void valuesThatStartLikeFormulasAreMarked() {
    for (String value : new String[] {"=1+2", "+44 121", "-2", "@SUM(A1)", "\tx", "\rx"}) {
      assertThat(SafeCells.looksLikeFormula(value)).as(value).isTrue();
    }
    for (String value : new String[] {"", "O'Brien", "Zoë", "2016-01-15", "1+2="}) {
      assertThat(SafeCells.looksLikeFormula(value)).as(value).isFalse();
    }
  }
}
