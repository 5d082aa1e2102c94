package uk.ks1.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {
  @Test
  void aLineBreakInANameCannotStartALineOfItsOwn() {
    assertThat(LogText.escape("a.xml\n12:00:00.000 INFO  IntakeProcessor - Accepted x.xml\r"))
        .isEqualTo("a.xml\\n12:00:00.000 INFO  IntakeProcessor - Accepted x.xml\\r");
  }

  @Test
  void everyOtherControlCharacterIsWrittenAsItsCode() {
    assertThat(LogText.escape("a\tb\u001b[31mc\u007fd\u0085e\u2028f\u0000"))
        .isEqualTo("a\\tb\\u001b[31mc\\u007fd\\u0085e\\u2028f\\u0000");
  }

  @Test
  void ordinaryNamesAreKeptAsTheyAreAccentsAndSpacesIncluded() {
    String name = "Zoë's KS1 return (2023) ñ.xlsx";
    assertThat(LogText.escape(name)).isSameAs(name);
    assertThat(LogText.escape(null)).isEqualTo("null");
  }
}
