package uk.ks1.collections.ks1ta.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ks1.core.collection.ReportedCodes;

class Ks1TaCodesTest {
  @Test
  void eachSubjectsCodesAddUpToItsOwnMeasureWithExsOnlyAndGdsCodes() {
    ReportedCodes codes = Ks1TaCodes.of(2023);
    assertThat(codes.sets().keySet()).containsExactly("reading", "writing", "maths", "science");
    assertThat(codes.meanings().get("reading"))
        .isEqualTo(new ReportedCodes.Meaning("reading", "EXS", "GDS"));
    assertThat(codes.meanings().get("maths"))
        .isEqualTo(new ReportedCodes.Meaning("maths", "EXS", "GDS"));
    // science: EXS is its whole standard, and it has no greater depth
    assertThat(codes.meanings().get("science"))
        .isEqualTo(new ReportedCodes.Meaning("science", "EXS", null));
    assertThat(codes.sets().get("science")).contains("EXS", "HNM");
    assertThat(codes.sets().get("reading")).contains("EXS", "GDS", "WTS");
  }
}
