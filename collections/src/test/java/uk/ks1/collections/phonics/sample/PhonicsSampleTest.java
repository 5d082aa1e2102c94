package uk.ks1.collections.phonics.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.collection.DeclaredCounts;
import uk.ks1.core.collection.Item;

/** The phonics sample: what it writes, and that its pupils give the LA's published % met. */
class PhonicsSampleTest {
  private final CollectionSample sample = Phonics.definition().sample().orElseThrow();

  @Test
  void itWritesTheMarkAndTheOutcomeButNotTheNcYear() {
    assertThat(sample.written()).containsExactly(Phonics.MARK, Phonics.OUTCOME);
    assertThat(sample.written()).noneMatch(Item::isNcYear);
    assertThat(sample.ncYear()).isEqualTo(1);
    assertThat(List.of(sample.heading(0), sample.heading(1)))
        .containsExactly("Phonics mark", "Phonics outcome");
    assertThat(sample.ctf(0)).isEqualTo(sample.ctf(1));
    assertThat(sample.ctf(0).subject() + "/" + sample.ctf(0).component()).isEqualTo("PHO/PHO");
    assertThat(sample.ctf(0).stage()).isEqualTo("KS1");
  }

  @Test
  void theFileNamesAreTheDomains() {
    assertThat(sample.fileName("ctf", "3302001", 2024)).isEqualTo("3302001_PHO_330LLLL_001.xml");
    assertThat(sample.fileName("csv", "3302001", 2024)).isEqualTo("PHONICS_3302001_24.csv");
    assertThat(sample.fileName("xlsx", "3302001", 2024)).isEqualTo("PHONICS_3302001_24.xlsx");
    assertThat(sample.sheetTitle("Park School")).isEqualTo("Phonics screening check: Park School");
  }

  @Test
  void theYearsAreThoseOfTheReferenceFile() {
    assertThat(List.of(2021, 2022, 2023, 2024, 2025, 2026))
        .extracting(sample::hasYear)
        .containsExactly(false, true, true, true, true, false);
    assertThat(sample.noFiguresFor(2021)).contains("2022-2025");
  }

  @Test
  void theWrongCodesAreErrorsOfTheirItem() {
    assertThat(sample.wrongCode(0)).isEqualTo("41");
    assertThat(sample.wrongCode(1)).isEqualTo("NM");
  }

  @Test
  void eachPupilHasAMarkOrACodeInItsPlace() {
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      String[] p = sample.draw(random, 2024, "330", "West Midlands");
      assertThat(p).hasSize(2);
      assertThat(p[0] == null).as("mark or code").isNotEqualTo(p[1] == null);
      if (p[0] != null) {
        assertThat(Integer.parseInt(p[0])).isBetween(0, 40);
      } else {
        assertThat(p[1]).isIn("A", "D", "L", "Q");
      }
    }
  }

  /** % met of the eligible as the store counts it, over 20,000 pupils of one LA. */
  private double metPct(int year, String la, long seed, long[] tally) {
    DeclaredCounts counts =
        new DeclaredCounts(Phonics.definition(), List.of("mark", "outcome", "nc_year"));
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      String[] p = sample.draw(random, year, la, "region");
      Object[] stored = {
        Phonics.MARK.kind().stored(p[0]),
        Phonics.OUTCOME.kind().stored(p[1]),
        Phonics.NC_YEAR.kind().stored(String.valueOf(sample.ncYear()))
      };
      counts.add(stored, year, tally, 0);
    }
    return 100.0 * tally[1] / tally[0];
  }

  @Test
  void theEligiblePupilsMeetTheStandardAtTheLasPublishedRate() {
    // Birmingham (330) 2024: 80; Camden (202) 2024: 84; England 2022: 75
    long[] tally = new long[4];
    assertThat(metPct(2024, "330", 1, tally)).isCloseTo(80, within(1.0));
    assertThat(tally[0]).isBetween(19_900L, 19_960L); // L (left, 0.3%) is not eligible
    assertThat(tally[2]).isZero();
    assertThat(metPct(2024, "202", 2, new long[4])).isCloseTo(84, within(1.0));
    assertThat(metPct(2022, "970", 3, new long[4])).isCloseTo(75, within(1.0));
  }

  @Test
  void anLaWhoseFigureIsSuppressedTakesEnglands() {
    // City of London (201): "-"; England 2023: 79
    assertThat(metPct(2023, "201", 4, new long[4])).isCloseTo(79, within(1.0));
  }

  @Test
  void theMarksLookLikeTheCheck() {
    Random random = new Random(5);
    int[] byMark = new int[41];
    int codes = 0;
    for (int i = 0; i < 20_000; i++) {
      String[] p = sample.draw(random, 2024, "330", "West Midlands");
      if (p[0] == null) {
        codes++;
      } else {
        byMark[Integer.parseInt(p[0])]++;
      }
    }
    // a few codes (about 3%); most who met well above the threshold; not met spread below it
    assertThat(codes).isBetween(450, 750);
    assertThat(byMark[40]).isGreaterThan(byMark[32]);
    assertThat(byMark[0]).isPositive();
    int twenties = 0;
    int below20 = 0;
    for (int m = 0; m < 32; m++) {
      if (m >= 20) {
        twenties += byMark[m];
      } else {
        below20 += byMark[m];
      }
    }
    assertThat(twenties).isGreaterThan(below20);
  }
}
