package uk.ks1.reporting.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExposureTest {
  private static final Scope BIRMINGHAM = Scope.la("330");

  @Test
  void figuresAreForEveryone() {
    assertThat(Exposure.FIGURES.allows(Scope.ANONYMOUS, "330")).isTrue();
    assertThat(Exposure.FIGURES.allows(Scope.ANONYMOUS, null)).isTrue();
  }

  @Test
  void issuesAreForTheLaAndAnalysts() {
    assertThat(Exposure.ISSUES.allows(Scope.ANONYMOUS, "330")).isFalse();
    assertThat(Exposure.ISSUES.allows(Scope.ANONYMOUS, null)).isFalse();
    assertThat(Exposure.ISSUES.allows(BIRMINGHAM, "330")).isTrue();
    assertThat(Exposure.ISSUES.allows(BIRMINGHAM, "201")).isFalse();
    assertThat(Exposure.ISSUES.allows(Scope.NATIONAL, "201")).isTrue();
    assertThat(Exposure.ISSUES.allows(Scope.NATIONAL, null)).isTrue();
  }

  @Test
  void pupilsAreForTheirOwnLaOnly() {
    assertThat(Exposure.PUPILS.allows(BIRMINGHAM, "330")).isTrue();
    assertThat(Exposure.PUPILS.allows(BIRMINGHAM, "201")).isFalse();
    assertThat(Exposure.PUPILS.allows(BIRMINGHAM, null)).isFalse();
    assertThat(Exposure.PUPILS.allows(Scope.NATIONAL, "330")).isFalse();
    assertThat(Exposure.PUPILS.allows(Scope.ANONYMOUS, "330")).isFalse();
  }

  @Test
  void onlyTheLasOwnTokenSeesValuesOfIdentityFields() {
    assertThat(BIRMINGHAM.seesPersonalValuesOf("330")).isTrue();
    assertThat(BIRMINGHAM.seesPersonalValuesOf("201")).isFalse();
    assertThat(Scope.NATIONAL.seesPersonalValuesOf("330")).isFalse();
    assertThat(Scope.NATIONAL.seesUnsuppressed("330")).isTrue();
    assertThat(BIRMINGHAM.seesUnsuppressedAboveLa()).isFalse();
  }
}
