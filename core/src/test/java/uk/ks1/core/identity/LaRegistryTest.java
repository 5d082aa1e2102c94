package uk.ks1.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaRegistryTest {
  private final LaRegistry registry = LaRegistry.standard();

  @Test
  void holdsThe153CurrentLasInNineRegions() {
    assertThat(registry.all()).hasSize(153);
    assertThat(registry.regions())
        .containsExactly(
            "East Midlands",
            "East of England",
            "London",
            "North East",
            "North West",
            "South East",
            "South West",
            "West Midlands",
            "Yorkshire and The Humber");
  }

  @Test
  void knowsEachLasNameAndRegionIncludingQuotedNames() {
    assertThat(registry.current("330"))
        .contains(new LocalAuthority("330", "Birmingham", "West Midlands"));
    assertThat(registry.current("839").orElseThrow().name()).contains("Christchurch and Poole");
  }

  @Test
  void acceptsRetiredWelshAndPseudoCodesInUpnsButNotAsFolders() {
    assertThat(registry.isValidInUpn("909")).isTrue(); // Cumbria, retired 2023
    assertThat(registry.isValidInUpn("681")).isTrue(); // Cardiff
    assertThat(registry.isValidInUpn("001")).isTrue(); // pseudo-LA
    assertThat(registry.isCurrent("909")).isFalse();
    assertThat(registry.isValidInUpn("900")).isFalse();
  }
}
