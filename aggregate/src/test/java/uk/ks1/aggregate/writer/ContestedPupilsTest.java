package uk.ks1.aggregate.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.event.DeadLetter;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.TestUpns;

/**
 * Only pupils held by more than one counting record are ranked by pupil_results: the table that
 * lists them is a superset that may keep keys no longer contested, and never changes a figure.
 */
class ContestedPupilsTest {
  private static final String MOVED = TestUpns.unique("330", "9999", 1);
  private static final Instant T1 = Instant.parse("2023-06-20T09:00:00Z");
  private static final Instant T2 = Instant.parse("2023-06-21T09:00:00Z");
  private static final Instant T3 = Instant.parse("2023-06-22T09:00:00Z");

  @TempDir Path dir;

  private static SubmissionValidated school(
      String id, String laestab, Instant at, String reading, String... upns) {
    List<uk.ks1.core.event.PupilRecord> pupils = new java.util.ArrayList<>();
    for (int i = 0; i < upns.length; i++) {
      pupils.add(Records.pupil(i + 1, upns[i], reading, "EXS", "EXS", "EXS"));
    }
    return StoreFixture.validated(id, laestab, pupils, List.of(), at);
  }

  @Test
  void onlyAPupilInTwoSchoolsIsContestedAndAResubmissionContestsNothing() throws SQLException {
    try (StoreFixture fx = new StoreFixture(dir)) {
      String own = TestUpns.unique("330", "2001", 1);
      fx.write(school("A1", "3302001", T1, "GDS", own, MOVED));
      fx.write(school("A2", "3302001", T2, "GDS", own, MOVED)); // replaces A1: same school
      assertThat(fx.rows("SELECT count(*) FROM contested_pupils")).containsExactly("0");
      fx.write(school("B1", "8012000", T3, "WTS", MOVED));
      assertThat(fx.rows("SELECT count(*) FROM contested_pupils")).containsExactly("1");
      assertThat(fx.rows("SELECT laestab, reading FROM pupil_results ORDER BY ALL"))
          .containsExactly("3302001|GDS", "3302001|GDS");
    }
  }

  @Test
  void aUpnTwiceInOneFileCountsOnce() throws SQLException {
    try (StoreFixture fx = new StoreFixture(dir)) {
      fx.write(school("A1", "3302001", T1, "GDS", MOVED, MOVED));
      assertThat(fx.rows("SELECT pupils, reading_gds FROM national_summary"))
          .containsExactly("1|1");
    }
  }

  @Test
  void aKeyNoLongerContestedChangesNoFigureAndGoesWhenTheWriterRestarts() throws SQLException {
    String figures = "SELECT schools, pupils, reading_gds, reading_exs_plus FROM national_summary";
    try (StoreFixture fx = new StoreFixture(dir)) {
      fx.write(school("A1", "3302001", T1, "GDS", MOVED));
      fx.write(school("B1", "8012000", T2, "WTS", MOVED, TestUpns.unique("801", "2000", 1)));
      assertThat(fx.rows(figures)).containsExactly("2|2|1|1");
      fx.write(school("A2", "3302001", T3, "GDS", TestUpns.unique("330", "2001", 1)));
      // the moved pupil is only in school B's data now; the stale key changes nothing
      assertThat(fx.rows("SELECT count(*) FROM contested_pupils")).containsExactly("1");
      assertThat(fx.rows(figures)).containsExactly("2|3|1|1");
    }
    try (StoreFixture reopened = new StoreFixture(dir)) {
      assertThat(reopened.rows("SELECT count(*) FROM contested_pupils")).containsExactly("0");
      assertThat(reopened.rows(figures)).containsExactly("2|3|1|1");
    }
  }

  @Test
  void aBatchRolledBackAndWrittenAgainStillListsTheContestedPupil() throws SQLException {
    try (StoreFixture fx = new StoreFixture(dir)) {
      fx.write(school("A1", "3302001", T1, "GDS", MOVED));
      // a dead letter the store cannot take (its time is out of range) fails the whole batch
      DeadLetter unstorable =
          new DeadLetter("validate", "x", "k", new byte[0], Instant.ofEpochMilli(Long.MAX_VALUE));
      SubmissionValidated b1 = school("B1", "8012000", T2, "WTS", MOVED);
      assertThatThrownBy(() -> fx.write(b1, unstorable)).isInstanceOf(Exception.class);
      assertThat(fx.rows("SELECT count(*) FROM contested_pupils")).containsExactly("0");
      fx.write(b1);
      assertThat(fx.rows("SELECT count(*) FROM contested_pupils")).containsExactly("1");
      assertThat(fx.rows("SELECT schools, pupils, reading_gds FROM national_summary"))
          .containsExactly("1|1|1"); // the pupil counts once, at school A
    }
  }
}
