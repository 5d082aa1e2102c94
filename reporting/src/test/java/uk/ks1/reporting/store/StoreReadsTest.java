package uk.ks1.reporting.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.aggregate.store.Store;
import uk.ks1.reporting.Ks1Store;

/** Cached reads on a real store: once per version, one read for many askers at once. */
class StoreReadsTest {
  @TempDir Path dir;
  private Store store;
  private final AtomicLong version = new AtomicLong(1);
  private final AtomicInteger reads = new AtomicInteger();
  private StoreReads storeReads;

  @BeforeEach
  void open() throws SQLException {
    store = Ks1Store.open(dir.resolve("ks1.duckdb"));
    storeReads = new StoreReads(store, version::get, new SimpleMeterRegistry());
  }

  @AfterEach
  void close() throws SQLException {
    store.close();
  }

  /** A read that counts itself and takes a while, as a summary query under load does. */
  private StoreReads.Read<Long> slowCount() {
    return c -> {
      reads.incrementAndGet();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM las")) {
        rs.next();
        return rs.getLong(1);
      }
    };
  }

  @Test
  void manyAskingAtOnceCostOneRead() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Long>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(pool.submit(() -> storeReads.cached("national", slowCount())));
      }
      for (Future<Long> a : answers) {
        assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo(153L);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(reads).hasValue(1);
  }

  @Test
  void aNewVersionIsReadAgainOnce() {
    assertThat(storeReads.cached("national", slowCount())).isEqualTo(153L);
    assertThat(storeReads.cached("national", slowCount())).isEqualTo(153L);
    assertThat(reads).hasValue(1);
    version.incrementAndGet(); // a batch committed
    assertThat(storeReads.cached("national", slowCount())).isEqualTo(153L);
    assertThat(storeReads.cached("national", slowCount())).isEqualTo(153L);
    assertThat(reads).hasValue(2);
  }

  @Test
  void aRevisionIsGivenTheLatestAnswerDoneEvenWhenTheCacheLetItGo() {
    List<String> given = new ArrayList<>();
    StoreReads.Revision<String> work =
        last -> {
          given.add(String.valueOf(last));
          return "v" + version.get();
        };
    assertThat(storeReads.revised("view", work)).isEqualTo("v1");
    assertThat(storeReads.revised("view", work)).isEqualTo("v1"); // the same version: kept
    version.incrementAndGet();
    assertThat(storeReads.revised("view", work)).isEqualTo("v2");
    fill("school-", StoreReads.MAX_CACHED); // the cache lets v2's answer go
    version.incrementAndGet();
    fill("la-", StoreReads.MAX_CACHED);
    assertThat(storeReads.revised("view", work)).isEqualTo("v3");
    assertThat(given).containsExactly("null", "v1", "v2");
  }

  @Test
  void aFailedReadIsNotKept() {
    assertThatThrownBy(
            () ->
                storeReads.cached(
                    "broken",
                    c -> {
                      reads.incrementAndGet();
                      try (Statement s = c.createStatement()) {
                        s.executeQuery("SELECT * FROM no_such_table");
                      }
                      return 0L;
                    }))
        .isInstanceOf(StoreReads.StoreReadException.class)
        .hasMessageContaining("no_such_table");
    assertThat(storeReads.cached("broken", slowCount())).isEqualTo(153L);
    assertThat(reads).hasValue(2);
  }

  @Test
  void answersOfOlderVersionsMakeRoomFirst() {
    fill("school-", StoreReads.MAX_CACHED); // the cache full of this version's answers
    version.incrementAndGet();
    storeReads.cached("national", c -> reads.incrementAndGet()); // over the limit: old ones go
    int before = reads.get();
    storeReads.cached("national", c -> reads.incrementAndGet());
    assertThat(reads).as("the current answer is kept").hasValue(before);
  }

  @Test
  void whenEveryAnswerIsCurrentTheLeastRecentlyUsedGo() {
    fill("school-", StoreReads.MAX_CACHED);
    int before = reads.get();
    storeReads.cached("school-0", c -> reads.incrementAndGet());
    assertThat(reads).as("still cached at the limit").hasValue(before);
    storeReads.cached("national", c -> reads.incrementAndGet()); // one over, all current
    assertThat(reads).hasValue(before + 1);
    assertThat(storeReads.cachedAnswers()).isEqualTo(StoreReads.MAX_CACHED * 3 / 4);
    storeReads.cached("school-0", c -> reads.incrementAndGet());
    storeReads.cached("national", c -> reads.incrementAndGet());
    storeReads.cached("school-" + (StoreReads.MAX_CACHED - 1), c -> reads.incrementAndGet());
    assertThat(reads).as("the recently used are kept").hasValue(before + 1);
    storeReads.cached("school-1", c -> reads.incrementAndGet());
    assertThat(reads).as("the least recently used went").hasValue(before + 2);
  }

  @Test
  void builtAnswersAreKeptWithinTheirBytes() {
    int mb = 1024 * 1024;
    int n = (int) (StoreReads.MAX_CACHED_BYTES / mb) + 10;
    for (int i = 0; i < n; i++) {
      storeReads.cachedAnswer("pdf-" + i, () -> new byte[mb]);
      assertThat(storeReads.cachedBytes()).isLessThanOrEqualTo(StoreReads.MAX_CACHED_BYTES);
    }
    byte[] last = storeReads.cachedAnswer("pdf-" + (n - 1), () -> new byte[1]);
    assertThat(last).as("the newest is still kept").hasSize(mb);
    byte[] first = storeReads.cachedAnswer("pdf-0", () -> new byte[1]);
    assertThat(first).as("the oldest was built again").hasSize(1);
  }

  @Test
  void aBuiltAnswerIsMadeOncePerVersion() {
    AtomicInteger built = new AtomicInteger();
    byte[] a =
        storeReads.cachedAnswer("pdf-la-330", () -> new byte[] {(byte) built.incrementAndGet()});
    assertThat(
            storeReads.cachedAnswer(
                "pdf-la-330", () -> new byte[] {(byte) built.incrementAndGet()}))
        .isSameAs(a);
    version.incrementAndGet();
    assertThat(
            storeReads.cachedAnswer(
                "pdf-la-330", () -> new byte[] {(byte) built.incrementAndGet()}))
        .containsExactly(2);
  }

  private void fill(String prefix, int n) {
    for (int i = 0; i < n; i++) {
      storeReads.cached(prefix + i, c -> reads.incrementAndGet());
    }
  }
}
