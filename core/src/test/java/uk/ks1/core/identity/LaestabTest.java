package uk.ks1.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaestabTest {
  @ParameterizedTest
  @ValueSource(strings = {"3302001", " 3302001 ", "330/2001", "330-2001", "3302001.0"})
  void readsTheWaysPeopleWriteADfeNumber(String raw) {
    Laestab laestab = Laestab.parse(raw).orElseThrow();
    assertThat(laestab.value()).isEqualTo("3302001");
    assertThat(laestab.laCode()).isEqualTo("330");
    assertThat(laestab.estab()).isEqualTo("2001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "330200", "33020011", "33O2001", "LLLL"})
  void rejectsAnythingButSevenDigits(String raw) {
    assertThat(Laestab.parse(raw)).isEmpty();
  }
}
