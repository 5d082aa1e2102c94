package uk.ks1.aggregate.writer;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.store.Store;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.Inbound;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.PupilKeys;

/**
 * Writes a batch of consumed records and the consumer's next offsets in one DuckDB transaction, so
 * a batch is either wholly in the store or not at all, and a replayed record changes nothing. What
 * changes is decided by {@link BatchPlanner} (the history rules) and written by {@link
 * BatchApplier}.
 */
public final class StoreWriter {
  private final Store store;
  private final PupilKeys keys;
  private final LaRegistry las;
  private final DuckDBConnection c;
  private final BatchPlanner planner;
  private final BatchApplier applier;
  private final SubmissionLedger ledger;

  /** A writer of the store's collections ({@link Store#collections()}). */
  public StoreWriter(Store store, PupilKeys keys, LaRegistry las) throws SQLException {
    this.store = store;
    this.keys = keys;
    this.las = las;
    this.c = store.writer();
    CollectionRegistry collections = store.collections();
    this.planner = new BatchPlanner(new StoreLookups(c), keys, collections);
    this.applier =
        new BatchApplier(
            c,
            collections,
            new RowAppender(c, las, collections, store.defaultCollection()),
            ContestedPupils.load(c, collections),
            SchoolCounts.rebuild(c, las, collections));
    this.ledger = SubmissionLedger.read(c);
  }

  /** Writes decoded records (in consumption order) and the next offsets, atomically. */
  public CommitSummary write(List<? extends Inbound> events, List<Incoming> consumed)
      throws SQLException {
    // An explicit transaction: the appenders join it because it is already open when they start.
    execute("BEGIN TRANSACTION");
    BatchPlan plan;
    try {
      plan = planner.plan(events, ledger);
      applier.apply(plan, consumed);
      execute("COMMIT");
    } catch (SQLException | RuntimeException e) {
      try {
        execute("ROLLBACK");
        applier.rolledBack(); // the ledger needs nothing: it follows commits only
      } catch (SQLException | RuntimeException cleanup) {
        e.addSuppressed(cleanup); // the batch's own failure is the one to report
      }
      throw e;
    }
    ledger.committed(plan);
    return plan.summary();
  }

  /**
   * A writer over the store's connection as it is now, its ledger and counts read again: after the
   * store was closed for a maintenance ({@link Store#closedWhile}), this one's connection is gone.
   */
  public StoreWriter reopened() throws SQLException {
    return new StoreWriter(store, keys, las);
  }

  /** The writer's ledger, for tests that compare it with the store's. */
  SubmissionLedger ledger() {
    return ledger;
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
