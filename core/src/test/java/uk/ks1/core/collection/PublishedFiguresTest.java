package uk.ks1.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.core.collection.PublishedFigures.Level;
import uk.ks1.core.collection.PublishedFigures.Point;

class PublishedFiguresTest {
  private static PublishedFigures csv(String text, Map<String, String> columns) throws Exception {
    return PublishedFigures.fromCsv(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.csv", columns);
  }

  @Test
  void englandRegionsAndLasFromOneTableWithNamesHoldingCommasAndGaps() throws Exception {
    PublishedFigures f =
        csv(
            """
            la_code,la_name,year,met_pct,other,note
            970,England,2022,75,1,
            970,England,2023,79,1,
            984,"West Midlands",2023,77.5,1,
            801,"Bristol, City of",2023,76,1,
            801,"Bristol, City of",2022,-,1,
            201,City of London,2023,x,1,
            """,
            Map.of("met_pct", "y1"));
    assertThat(f.series(Level.NATIONAL, "England", "y1"))
        .containsExactly(new Point(2022, 75), new Point(2023, 79));
    assertThat(f.series(Level.REGION, "west midlands", "y1"))
        .containsExactly(new Point(2023, 77.5));
    assertThat(f.series(Level.LA, "801", "y1")).containsExactly(new Point(2023, 76));
    assertThat(f.series(Level.LA, "201", "y1")).isEmpty();
    assertThat(f.series(Level.LA, "801", "other")).isEmpty();
    assertThat(f.latest(Level.NATIONAL, "England", "y1", 2022)).contains(new Point(2022, 75));
    assertThat(f.latest(Level.NATIONAL, "England", "y1", 2021)).isEmpty();
    assertThat(f.seriesTo(Level.NATIONAL, "England", "y1", 2025)).hasSize(2);
    assertThat(f.rows()).hasSize(4);
  }

  @Test
  void academicYearsAreTheSummerTheyEndIn() throws Exception {
    PublishedFigures f = csv("la_code,la_name,year,p\n970,England,2022/23,68\n", Map.of("p", "m"));
    assertThat(f.rows())
        .containsExactly(new PublishedFigures.Row(Level.NATIONAL, "England", 2023, "m", 68));
  }

  @Test
  void aMissingColumnOrABadCellIsNamed() {
    assertThatThrownBy(() -> csv("la_code,la_name,year\n970,England,2023\n", Map.of("p", "m")))
        .hasMessageStartingWith("test.csv has no column p");
    assertThatThrownBy(
            () -> csv("la_code,la_name,year,p\n970,England,2023,lots\n", Map.of("p", "m")))
        .hasMessage("test.csv row 2, p: 'lots' is not a percentage (nor -, x, c, z or NA)");
  }

  @Test
  void theReferenceTableOfPhonicsAndEyfspLoads() {
    PublishedFigures f =
        PublishedFigures.fromCsv(
            PublishedFigures.class,
            PublishedFigures.EYFSP_PHONICS_LA,
            Map.of("phonics_y1_met_pct", "y1", "gld_pct", "gld"));
    assertThat(f.series(Level.NATIONAL, "England", "y1"))
        .containsExactly(
            new Point(2022, 75), new Point(2023, 79), new Point(2024, 80), new Point(2025, 80));
    assertThat(f.latest(Level.NATIONAL, "England", "gld", 2025)).contains(new Point(2025, 68.3));
    assertThat(f.latest(Level.LA, "801", "gld", 2025)).contains(new Point(2025, 68.7));
    assertThat(f.series(Level.LA, "201", "y1")).isEmpty();
    assertThat(f.latest(Level.REGION, "Yorkshire and The Humber", "y1", 2025)).isPresent();
  }
}
