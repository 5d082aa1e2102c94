package uk.ks1.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.store.SummaryViews.Level;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.ReportedMeasure;
import uk.ks1.core.collection.ReportingViews;
import uk.ks1.reporting.Ks1Store;

/** KS1 TA's reporting reads the views the store builds, with the columns they have. */
class Ks1ViewsTest {
  private static final ReportingViews VIEWS = Ks1Ta.definition().reporting().views();

  private static List<String> columns(Connection c, String view) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getColumns(null, null, view, null)) {
      while (rs.next()) {
        out.add(rs.getString("COLUMN_NAME"));
      }
    }
    return out;
  }

  @Test
  void theSummaryViewsAreTheStoresAndHoldEveryMeasuresColumns(@TempDir Path dir)
      throws SQLException {
    assertThat(
            List.of(
                VIEWS.nationalSummary(),
                VIEWS.regionSummary(),
                VIEWS.laSummary(),
                VIEWS.schoolSummary()))
        .containsExactly(
            Level.NATIONAL.view(), Level.REGION.view(), Level.LA.view(), Level.SCHOOL.view());
    try (Store store = Ks1Store.open(dir.resolve("ks1.duckdb"));
        Connection c = store.reader()) {
      for (Level level : Level.values()) {
        List<String> have = columns(c, level.view());
        for (ReportedMeasure m : Ks1Ta.definition().reporting().measures()) {
          assertThat(have).as(level.view()).contains(m.eligibleColumn(), m.metColumn());
          if (m.hasHigher()) {
            assertThat(have).as(level.view()).contains(m.higherColumn());
          }
        }
      }
      assertThat(columns(c, VIEWS.schoolCounts())).contains("collection", "year");
      assertThat(columns(c, VIEWS.codeCounts()))
          .contains("level", "key", "collection", "year", "subject", "code", "pupils");
      List<String> pupils = columns(c, VIEWS.pupilRows());
      Ks1Ta.definition()
          .reporting()
          .pupilListItems()
          .forEach(i -> assertThat(pupils).contains(i.id()));
    }
  }
}
