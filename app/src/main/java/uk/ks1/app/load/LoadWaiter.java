package uk.ks1.app.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.aggregate.writer.CommitSummary;
import uk.ks1.app.CommandFailedException;
import uk.ks1.ingest.file.FileFormat;
import uk.ks1.ingest.zip.ZipBundle;

/**
 * Knows when a load is finished: every staged file has its outcome in the store, and every
 * submission of an accepted file is in the store (or was dead-lettered with its reason). A zip's
 * files have outcomes of their own, named after the zip ({@code bundle.zip!a.csv}) and recorded
 * before the zip's; they are counted as files, and their submissions waited for, while the zip's
 * own outcome ends the wait for it.
 */
public final class LoadWaiter implements StoreListener {
  private final Map<String, Integer> expectedFiles = new HashMap<>();

  /** Outcomes of files nobody expected yet (a file left in the inbox may finish before it is). */
  private final Map<String, java.util.Deque<CommitSummary.RecordedFile>> unclaimed =
      new HashMap<>();

  private final Set<String> pendingSubmissions = new HashSet<>();

  /** Staged files still in the inbox: an outcome from a killed earlier run is not enough. */
  private final Set<java.nio.file.Path> inInbox = new HashSet<>();

  private final Set<String> recorded = new HashSet<>();
  private int accepted;
  private int rejected;
  private int submissions;
  private int deadLetters;
  private int finished;

  /** Registers a file before it becomes visible in the inbox at {@code staged}. */
  public synchronized void expect(String la, java.nio.file.Path staged) {
    inInbox.add(staged);
    String key = la + "/" + staged.getFileName();
    java.util.Deque<CommitSummary.RecordedFile> done = unclaimed.get(key);
    if (done != null && !done.isEmpty()) {
      CommitSummary.RecordedFile f = done.poll();
      finished++;
      if (openedZip(f)) {
        claimZipFiles(key);
      } else {
        count(f);
      }
    } else {
      expectedFiles.merge(key, 1, Integer::sum);
    }
  }

  @Override
  public synchronized void committed(CommitSummary summary) {
    summary.submissionIds().forEach(this::record);
    summary
        .deadSubmissionIds()
        .forEach(
            id -> {
              deadLetters++;
              record(id);
            });
    for (CommitSummary.RecordedFile f : summary.files()) {
      String key = f.laFolder() + "/" + f.fileName();
      Integer n = expectedFiles.get(key);
      if (n == null) {
        if (ZipBundle.bundleOf(f.fileName())
            .filter(zip -> expectedFiles.containsKey(f.laFolder() + "/" + zip))
            .isPresent()) {
          count(f); // a file inside a zip of this load: its outcome comes before the zip's own
        } else {
          unclaimed.computeIfAbsent(key, k -> new java.util.ArrayDeque<>()).add(f);
        }
        continue;
      }
      if (n == 1) {
        expectedFiles.remove(key);
      } else {
        expectedFiles.put(key, n - 1);
      }
      finished++;
      if (!openedZip(f)) {
        count(f);
      }
    }
    notifyAll();
  }

  /** A zip that was opened: its files were counted one by one, the zip itself is not. */
  private static boolean openedZip(CommitSummary.RecordedFile f) {
    return f.accepted() && FileFormat.of(f.fileName()).filter(x -> x == FileFormat.ZIP).isPresent();
  }

  /** Counts the files of an opened zip whose outcomes came before the zip was expected. */
  private void claimZipFiles(String zipKey) {
    var it = unclaimed.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      if (e.getKey().startsWith(zipKey + ZipBundle.SEPARATOR)) {
        e.getValue().forEach(this::count);
        it.remove();
      }
    }
  }

  private void count(CommitSummary.RecordedFile f) {
    if (f.accepted()) {
      accepted++;
      submissions += f.submissionIds().size();
      f.submissionIds().stream()
          .filter(id -> !recorded.contains(id))
          .forEach(pendingSubmissions::add);
    } else {
      rejected++;
    }
  }

  private boolean stillInInbox() {
    inInbox.removeIf(p -> !java.nio.file.Files.exists(p));
    return !inInbox.isEmpty();
  }

  private void record(String id) {
    recorded.add(id);
    pendingSubmissions.remove(id);
  }

  /**
   * Waits until done. Fails, saying why, if nothing moves for {@code stall}, or when {@code
   * failure} reports a stopped role. {@code progress} hears how many files have finished.
   */
  public synchronized void await(
      int files, Duration stall, Supplier<Optional<Throwable>> failure, IntConsumer progress)
      throws InterruptedException {
    long lastChange = System.nanoTime();
    int lastDone = -1;
    while (!expectedFiles.isEmpty() || !pendingSubmissions.isEmpty() || stillInInbox()) {
      Optional<Throwable> failed = failure.get();
      if (failed.isPresent()) {
        throw new CommandFailedException(
            "The load stopped: " + failed.get().getMessage(), failed.get());
      }
      int done = finished;
      if (done != lastDone) {
        progress.accept(done);
        lastDone = done;
        lastChange = System.nanoTime();
      } else if (System.nanoTime() - lastChange > stall.toNanos()) {
        throw stalled(stall);
      }
      wait(200);
    }
    if (lastDone != files) {
      progress.accept(files);
    }
  }

  private CommandFailedException stalled(Duration stall) {
    Set<String> files = new java.util.TreeSet<>(expectedFiles.keySet());
    inInbox.forEach(p -> files.add(p.getParent().getFileName() + "/" + p.getFileName()));
    return new CommandFailedException(
        String.format(
            "The load stopped: nothing has moved for %d s (--stall-seconds). Still waiting for %d"
                + " file(s)%s and %d submission(s). Files not yet read stay in the inbox for the"
                + " next load or ./ks1 run.",
            stall.toSeconds(),
            files.size(),
            files.isEmpty() ? "" : " (" + String.join(", ", files) + ")",
            pendingSubmissions.size()));
  }

  public synchronized int accepted() {
    return accepted;
  }

  public synchronized int rejected() {
    return rejected;
  }

  public synchronized int submissions() {
    return submissions;
  }

  public synchronized int deadLetters() {
    return deadLetters;
  }
}
