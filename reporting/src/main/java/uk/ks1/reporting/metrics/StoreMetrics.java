package uk.ks1.reporting.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.aggregate.writer.CommitSummary;
import uk.ks1.core.concurrent.DaemonThreads;
import uk.ks1.reporting.store.StoreReads;

/**
 * What {@code /metrics} says about the store: files by outcome, submissions by status, pupil
 * records, issues by severity (counted when scraped, one query), and how long files take from
 * arrival to the store (recorded as each batch commits).
 */
public final class StoreMetrics implements StoreListener {
  private final StoreReads store;
  private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
  private final MeterRegistry registry;
  private final Timer fileToStore;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(DaemonThreads.named("ks1-store-metrics"));

  public StoreMetrics(StoreReads store, MeterRegistry registry) {
    this.store = store;
    this.registry = registry;
    this.fileToStore =
        Timer.builder("ks1.file.to.store")
            .description("From a file's arrival in the inbox to its outcome in the store")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
    for (String outcome : List.of("accepted", "rejected")) {
      gauge("ks1.files", "Files received, by outcome", "outcome", outcome);
    }
    for (String status :
        List.of("successful", "successful with errors", "upload error", "overwritten", "deleted")) {
      gauge("ks1.submissions", "Submissions, by status", "status", status);
    }
    gauge("ks1.pupil.records", "Pupil rows of current submissions", "counts", "true");
    gauge("ks1.pupil.records", "Pupil rows of current submissions", "counts", "false");
    for (String severity : List.of("error", "query")) {
      gauge("ks1.issues", "Issues of every submission, by severity", "severity", severity);
    }
  }

  private void gauge(String name, String help, String tag, String value) {
    AtomicLong holder = values.computeIfAbsent(name + "|" + value, k -> new AtomicLong());
    Gauge.builder(name, holder, AtomicLong::get)
        .description(help)
        .tag(tag, value)
        .register(registry);
  }

  private void readQuietly(StoreReads.Read<Void> read) {
    try {
      store.read(read);
    } catch (RuntimeException e) {
      // the store is closing: a latency sample lost is no harm
    }
  }

  /** Counts everything once, just before a scrape. */
  public void refresh() {
    store.read(
        c -> {
          String sql =
              "SELECT 'ks1.files', outcome, count(*) FROM files GROUP BY ALL"
                  + " UNION ALL SELECT 'ks1.submissions', status, count(*) FROM submissions"
                  + " GROUP BY ALL UNION ALL SELECT 'ks1.pupil.records', counts::VARCHAR,"
                  + " count(*) FROM pupil_records GROUP BY ALL UNION ALL SELECT 'ks1.issues',"
                  + " severity, count(*) FROM validation_issues GROUP BY ALL";
          values.values().forEach(v -> v.set(0));
          try (PreparedStatement q = c.prepareStatement(sql);
              ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              AtomicLong v = values.get(rs.getString(1) + "|" + rs.getString(2));
              if (v != null) {
                v.set(rs.getLong(3));
              }
            }
          }
          return null;
        });
  }

  /** Records each committed file's time from arrival to the store (off the consumer's thread). */
  @Override
  public void committed(CommitSummary summary) {
    if (summary.files().isEmpty()) {
      return;
    }
    Instant now = Instant.now();
    List<String> ids = summary.files().stream().map(CommitSummary.RecordedFile::fileId).toList();
    worker.execute(
        () ->
            readQuietly(
                c -> {
                  String in = String.join(",", ids.stream().map(id -> "?").toList());
                  try (PreparedStatement q =
                      c.prepareStatement(
                          "SELECT received_at FROM files WHERE file_id IN (" + in + ")")) {
                    for (int i = 0; i < ids.size(); i++) {
                      q.setString(i + 1, ids.get(i));
                    }
                    try (ResultSet rs = q.executeQuery()) {
                      while (rs.next()) {
                        Instant received =
                            rs.getTimestamp(1)
                                .toLocalDateTime()
                                .toInstant(java.time.ZoneOffset.UTC);
                        fileToStore.record(Duration.between(received, now));
                      }
                    }
                  }
                  return null;
                }));
  }
}
