package uk.ks1.core.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SexTest {
  @Test
  void sexIsMOrFOrTheirWords() {
    assertThat(Sex.parse("m")).contains(Sex.M);
    assertThat(Sex.parse(" Female ")).contains(Sex.F);
    assertThat(Sex.parse("Boy")).isEmpty();
    assertThat(Sex.parse("U")).isEmpty();
    assertThat(Sex.parse(null)).isEmpty();
  }
}
