package uk.ks1.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.SubmissionEvent;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.ValidationIssue;

class JsonTest {
  @Test
  void roundTripsASubmissionThroughItsSealedEventType() {
    var pupil =
        new PupilRecord(
            1,
            "B801200005001",
            null,
            "Zoë",
            "O'Neill",
            "2015-10-14",
            "F",
            "2",
            Map.of("reading", "EXS", "science", "HNM", "reading_score", "101"));
    var issue =
        new ValidationIssue(
            "R20", Severity.QUERY, Effect.NONE, 1, Field.RESULTS, "ENG/XX", "msg", "AT2");
    var facts =
        new FileFacts(
            "f1", "801", "a.xml", "abc", "CTF", 10, Instant.parse("2023-06-20T10:00:00Z"));
    SubmissionEvent event =
        new SubmissionReceived(
            "8012000-1",
            "KS1_TA",
            2023,
            facts,
            "8012000",
            "School",
            List.of(pupil),
            List.of(issue),
            Map.of("KS2", 3));

    byte[] json = Json.write(event);

    assertThat(new String(json))
        .contains("\"type\":\"SubmissionReceived\"", "\"severity\":\"query\"");
    assertThat(Json.read(json, SubmissionEvent.class)).isEqualTo(event);
  }

  @Test
  void readsADeletionAsASubmissionEvent() {
    var deletion = new DeletionRequested("8012000-1", "8012000", Instant.EPOCH, "duplicate");
    assertThat(Json.read(Json.write(deletion), SubmissionEvent.class)).isEqualTo(deletion);
  }

  @Test
  void saysWhyARecordCannotBeRead() {
    assertThatThrownBy(() -> Json.read("{\"type\":\"Nope\"}".getBytes(), SubmissionEvent.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Not a SubmissionEvent");
  }

  @Test
  void keepsTheInputOutOfTheReason() {
    byte[] bad = "{\"upn\": B801200005001 Smith}".getBytes();
    assertThatThrownBy(() -> Json.read(bad, SubmissionEvent.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageNotContaining("B801200005001")
        .hasMessageNotContaining("Smith");
  }

  @Test
  void aPupilFromAnEventWrittenBeforeCollectionsWereDefinitionsKeepsEveryValue() {
    String v1 =
        "{\"row\":3,\"upn\":\"B801200005001\",\"sex\":\"F\",\"ncYear\":\"2\","
            + "\"results\":{\"READING\":\"EXS\",\"SCIENCE\":\"HNM\"},"
            + "\"scaledScores\":{\"READING\":\"101\",\"GPS\":\"99\"}}";

    PupilRecord p =
        Json.read(v1.getBytes(java.nio.charset.StandardCharsets.UTF_8), PupilRecord.class);

    assertThat(p.items())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("reading", "EXS", "science", "HNM", "reading_score", "101", "gps_score", "99"));
    assertThat(p.row()).isEqualTo(3);
    assertThat(new String(Json.write(p))).contains("\"items\":{").doesNotContain("results");
  }
}
