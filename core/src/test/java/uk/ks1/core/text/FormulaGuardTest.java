package uk.ks1.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaGuardTest {
  @Test
  void cellsThatStartLikeFormulasAreRisky() {
    for (String value : new String[] {"=1+2", "+44 121", "-2", "@SUM(A1)", "\tx", "\rx"}) {
      assertThat(FormulaGuard.risky(value)).as(value).isTrue();
    }
    for (String value : new String[] {"", "O'Brien", "Zoë", "2016-01-15", "1+2="}) {
      assertThat(FormulaGuard.risky(value)).as(value).isFalse();
    }
    assertThat(FormulaGuard.risky(null)).isFalse();
  }

  @Test
  void aRiskyCsvCellGetsALeadingApostropheAndOthersStayAsTheyAre() {
    assertThat(FormulaGuard.forCsv("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(FormulaGuard.forCsv("-5")).isEqualTo("'-5");
    assertThat(FormulaGuard.forCsv("O'Brien")).isEqualTo("O'Brien");
    assertThat(FormulaGuard.forCsv(null)).isEqualTo("");
  }
}
