package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.testkit.SqlRows;

/** What uses the pipeline (the dashboard) is closed before it, while the store still answers. */
@Timeout(60)
class PipelineShutdownIT {
  @TempDir Path tmp;

  @Test
  void dependentsCloseFirstLastAddedFirstWithTheStoreStillOpen() throws Exception {
    Ks1Config config = new Ks1Config(tmp.resolve("data"), 2023, null, 100, 100, 1 << 20);
    List<String> closed = new CopyOnWriteArrayList<>();
    Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), null);
    pipeline.closeFirst("dashboard", () -> closed.add("dashboard read " + submissions(pipeline)));
    pipeline.closeFirst("consumer lag", () -> closed.add("consumer lag"));
    pipeline.close();
    assertThat(closed).containsExactly("consumer lag", "dashboard read [0]");

    pipeline.closeFirst("late", () -> closed.add("late"));
    assertThat(closed).endsWith("late"); // added after the close: closed at once
  }

  private static List<String> submissions(Pipeline pipeline) throws Exception {
    try (DuckDBConnection c = pipeline.store().reader()) {
      return SqlRows.of(c, "SELECT count(*) FROM submissions");
    }
  }
}
