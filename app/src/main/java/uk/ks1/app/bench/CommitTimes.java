package uk.ks1.app.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.aggregate.writer.CommitSummary;

/** When each file's submissions were committed to the store (System.nanoTime), for benchmarks. */
final class CommitTimes implements StoreListener {
  private final Map<String, List<String>> submissionsOfFile = new ConcurrentHashMap<>();
  private final Map<String, Long> committedAt = new ConcurrentHashMap<>();

  @Override
  public void committed(CommitSummary summary) {
    long now = System.nanoTime();
    summary.submissionIds().forEach(id -> committedAt.putIfAbsent(id, now));
    summary.files().forEach(f -> submissionsOfFile.put(f.fileName(), f.submissionIds()));
  }

  /** When the last of the file's submissions was committed, once its outcome is known. */
  Optional<Long> storedAt(String fileName) {
    List<String> ids = submissionsOfFile.get(fileName);
    if (ids == null || ids.isEmpty() || !committedAt.keySet().containsAll(ids)) {
      return Optional.empty();
    }
    return ids.stream().map(committedAt::get).max(Long::compare);
  }
}
