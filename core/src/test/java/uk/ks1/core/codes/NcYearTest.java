package uk.ks1.core.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NcYearTest {
  @Test
  void readsTheWaysFilesWriteAYearGroup() {
    for (String two :
        List.of(
            "2", "02", " y 02 ", "Y2", "Yr 2", "Year 2", "YEAR2", "Year group 2", "NC Year 2")) {
      assertThat(NcYear.parse(two)).as(two).isEqualTo(OptionalInt.of(2));
    }
    assertThat(NcYear.parse("NCY3")).isEqualTo(OptionalInt.of(3));
    assertThat(NcYear.parse("14")).isEqualTo(OptionalInt.of(14));
    assertThat(NcYear.parse("R")).isEqualTo(OptionalInt.of(0));
    assertThat(NcYear.parse("Reception")).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void aYearOrAnythingElseIsNoYearGroup() {
    for (String no : List.of("15", "2023", "Y2023", "Y", "Year", "Y02x", "2.5", "", "Summer")) {
      assertThat(NcYear.parse(no)).as(no).isEmpty();
    }
    assertThat(NcYear.parse(null)).isEmpty();
  }
}
