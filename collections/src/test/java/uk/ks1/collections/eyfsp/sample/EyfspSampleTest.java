package uk.ks1.collections.eyfsp.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.eyfsp.Eyfsp;
import uk.ks1.core.collection.CollectionSample;
import uk.ks1.core.collection.DeclaredCounts;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.StoreCount;

/**
 * The sample's children come out as the published figures say: counted by the store's own
 * declaration, England's and an LA's GLD, all-17 and average within sampling error.
 */
class EyfspSampleTest {
  private static final int DRAWS = 20_000;
  private final CollectionSample sample = Eyfsp.definition().sample().orElseThrow();

  /** % GLD, % all 17, average goals at expected and % all-A of {@code DRAWS} children. */
  private double[] figures(int year, String la, String region) {
    List<String> items = sample.written().stream().map(Item::id).toList();
    DeclaredCounts declared = new DeclaredCounts(Eyfsp.definition(), items);
    List<String> columns =
        Eyfsp.definition().store().counts().stream().map(StoreCount::column).toList();
    long[] counts = new long[declared.size()];
    Random random = new Random(20_24);
    long unable = 0;
    for (int i = 0; i < DRAWS; i++) {
      String[] codes = sample.draw(random, year, la, region);
      assertThat(codes).hasSize(17);
      Object[] stored = new Object[codes.length];
      for (int g = 0; g < codes.length; g++) {
        stored[g] = sample.written().get(g).kind().stored(codes[g]);
      }
      declared.add(stored, year, counts, 0);
      if ("A".equals(codes[0])) {
        unable++;
      }
    }
    long eligible = counts[columns.indexOf("eligible")];
    long expected = 0;
    for (int g = 1; g <= 17; g++) {
      expected += counts[columns.indexOf("e%02d_expected".formatted(g))];
    }
    assertThat(eligible).as("every drawn profile is valid").isEqualTo(DRAWS);
    return new double[] {
      100.0 * counts[columns.indexOf("gld")] / eligible,
      100.0 * counts[columns.indexOf("all_elgs_expected")] / eligible,
      (double) expected / eligible,
      100.0 * unable / eligible
    };
  }

  @Test
  void england2024ComesOutWithinAPointOfThePublishedFigures() {
    double[] f = figures(2024, "970", "");
    assertThat(f[0]).as("GLD %").isCloseTo(67.7, within(1.0));
    assertThat(f[1]).as("all 17 %").isCloseTo(66.2, within(1.0));
    assertThat(f[2]).as("average").isCloseTo(14.1, within(0.1));
    assertThat(f[3]).as("all A %").isBetween(0.1, 1.0);
  }

  @Test
  void anLaGetsItsOwnFiguresAndOneNotPublishedItsRegions() {
    // Bristol, City of (a quoted name), 2024: 68.4, 66.7, 14.4
    double[] bristol = figures(2024, "801", "South West");
    assertThat(bristol[0]).isCloseTo(68.4, within(1.0));
    assertThat(bristol[1]).isCloseTo(66.7, within(1.0));
    assertThat(bristol[2]).isCloseTo(14.4, within(0.1));
    // Dorset (Pre LG) published nothing: the East of England's figures stand in, 2022
    double[] dorset = figures(2022, "835", "East of England");
    assertThat(dorset[0]).isCloseTo(64.6, within(1.0));
    assertThat(dorset[1]).isCloseTo(62.9, within(1.0));
    assertThat(dorset[2]).isCloseTo(14.2, within(0.1));
  }

  @Test
  void theYearsAreThoseWithPublishedFigures() {
    assertThat(List.of(sample.hasYear(2021), sample.hasYear(2022), sample.hasYear(2025)))
        .containsExactly(false, true, true);
    assertThat(sample.noFiguresFor(2019)).contains("2019", "2022-2025");
  }

  @Test
  void filesAreNamedAndCarryTheGoalsAsSchoolSystemsWriteThem() {
    assertThat(sample.written()).hasSize(17);
    assertThat(sample.ncYear()).isZero();
    assertThat(sample.fileName("ctf", "3302001", 2024)).isEqualTo("3302001_FSP_330LLLL_001.xml");
    assertThat(sample.fileName("csv", "3302001", 2024)).isEqualTo("EYFSP_2001_24.csv");
    assertThat(sample.fileName("xlsx", "3302001", 2024)).isEqualTo("EYFSP_2001_24.xlsx");
    assertThat(sample.ctf(0)).isEqualTo(new CollectionSample.CtfRow("FSP", "COM", "E01", "TA"));
    assertThat(sample.ctf(16)).isEqualTo(new CollectionSample.CtfRow("FSP", "EXP", "E17", "TA"));
    assertThat(sample.heading(9)).isEqualTo("E10");
    assertThat(sample.wrongCode(3)).isEqualTo("3");
    // the CTF rows and headings are ones the intake knows
    var intake = Eyfsp.definition().intake();
    for (int i = 0; i < 17; i++) {
      CollectionSample.CtfRow row = sample.ctf(i);
      String item = sample.written().get(i).id();
      assertThat(intake.ctf().stages()).contains(row.stage());
      assertThat(intake.ctf().components())
          .anyMatch(
              c ->
                  c.subject().equals(row.subject())
                      && c.component().equals(row.component())
                      && c.item().equals(item));
      String heading = sample.heading(i).toLowerCase(java.util.Locale.ROOT);
      assertThat(intake.templateColumns().get(i).names()).contains(heading);
    }
  }
}
