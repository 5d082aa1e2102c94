package uk.ks1.collections.ks1ta.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.PublishedFigures;
import uk.ks1.core.collection.PublishedFigures.Level;
import uk.ks1.core.collection.PublishedFigures.Point;

/** KS1 TA's published figures: the DfE's % EXS+ per LA, region and England, 2016-2023 (LAIT). */
class Ks1TaPublishedTest {
  private static final PublishedFigures PUBLISHED = Ks1Ta.definition().reporting().published();

  @Test
  void englandRegionsAndLasWithTheYearsTheDfePublished() {
    assertThat(PUBLISHED.series(Level.NATIONAL, "England", "reading"))
        .containsExactly(
            new Point(2016, 74),
            new Point(2017, 76),
            new Point(2018, 75),
            new Point(2019, 75),
            new Point(2022, 67),
            new Point(2023, 68));
    assertThat(PUBLISHED.latest(Level.REGION, "West Midlands", "maths", 2023))
        .contains(new Point(2023, 70));
    assertThat(PUBLISHED.latest(Level.LA, "330", "writing", 2023)).contains(new Point(2023, 59));
    assertThat(PUBLISHED.latest(Level.LA, "330", "science", 2021)).contains(new Point(2019, 77));
    // RWM is ours, not the DfE's: never published
    assertThat(PUBLISHED.series(Level.NATIONAL, "England", "rwm")).isEmpty();
    // an LA that did not exist then, and Yorkshire in the store's spelling
    assertThat(PUBLISHED.series(Level.LA, "839", "reading"))
        .extracting(Point::year)
        .startsWith(2019);
    assertThat(PUBLISHED.latest(Level.REGION, "Yorkshire and The Humber", "reading", 2023))
        .isPresent();
  }
}
