package uk.ks1.aggregate.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.duckdb.DuckDBConnection;
import uk.ks1.aggregate.schools.CompletenessViews;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.LocalAuthority;
import uk.ks1.core.rule.RuleDefinition;
import uk.ks1.core.school.Deadline;

/**
 * The DuckDB store ({@code data/ks1.duckdb}): opens it, migrates its schema to the newest version
 * ({@link Migrations}; a store of a newer version is refused), and hands out connections. One
 * process owns the file; other threads read through {@link #reader()}.
 *
 * <p>The bookkeeping tables (files, submissions, issues, identities, offsets, contested pupils,
 * dead letters, rules, LAs) are shared; each registered collection has its own pupil table, school
 * counts table and views, made from its definition ({@link CollectionTables}, {@link
 * SummaryViews}).
 */
public final class Store implements AutoCloseable {
  /** How long a reader waits for the store to be back after a maintenance before it gives up. */
  static final long MAINTENANCE_WAIT_MILLIS = 120_000;

  private final Path file;
  private volatile DuckDBConnection connection;

  /** Readers handed out and not yet seen closed; a maintenance waits for them. */
  private final List<DuckDBConnection> readers = new ArrayList<>();

  private boolean maintaining; // guarded by readers
  private final CollectionRegistry collections;
  private final List<RuleDefinition> rules;

  private Store(
      Path file,
      DuckDBConnection connection,
      CollectionRegistry collections,
      List<RuleDefinition> rules) {
    this.file = file;
    this.connection = connection;
    this.collections = collections;
    this.rules = List.copyOf(rules);
  }

  /**
   * Opens (or creates) the store {@code file} for the collections {@code collections}, listing
   * {@code rules} (every rule the service checks, its own X01 included) in the table {@code rules}.
   */
  public static Store open(Path file, CollectionRegistry collections, List<RuleDefinition> rules)
      throws SQLException {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DuckDBConnection c = connect(file);
    Store store = new Store(file, c, collections, rules);
    try {
      store.applySchema();
    } catch (SQLException | RuntimeException e) {
      c.close(); // a store refused or failed to open is not held open
      throw e;
    }
    return store;
  }

  public Path file() {
    return file;
  }

  /** The collections the store holds, in registration order. */
  public CollectionRegistry collections() {
    return collections;
  }

  /**
   * The collection a submission belongs to before its file's submissions say which (a file
   * announced or rejected): the first registered.
   */
  public String defaultCollection() {
    return collections.all().get(0).id();
  }

  /**
   * Every view's DDL, in the order they depend on each other: each collection's views, then the
   * data-errors views over all of them (the store and the analysts' snapshot both run it).
   */
  public List<String> viewsDdl() {
    List<String> ddl = new ArrayList<>();
    for (CollectionDefinition d : collections.all()) {
      ddl.addAll(SummaryViews.ddl(d));
    }
    ddl.addAll(DataErrorViews.ddl(collections));
    ddl.addAll(CompletenessViews.ddl(collections));
    return ddl;
  }

  /** The writer's connection (one writer: the aggregate role). */
  public DuckDBConnection writer() {
    return connection;
  }

  /**
   * A new connection to the same database for another thread; close it after use. While the store
   * is closed for a maintenance ({@link #closedWhile}) it waits until the store is back.
   */
  public DuckDBConnection reader() throws SQLException {
    synchronized (readers) {
      long until = System.currentTimeMillis() + MAINTENANCE_WAIT_MILLIS;
      while (maintaining) {
        long left = until - System.currentTimeMillis();
        if (left <= 0) {
          throw new SQLException(
              "The store " + file + " is closed for a maintenance (a retirement); try again soon");
        }
        try {
          readers.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SQLException("Interrupted while the store was closed for a maintenance", e);
        }
      }
      readers.removeIf(Store::closed);
      DuckDBConnection reader = (DuckDBConnection) connection.duplicate();
      readers.add(reader);
      return reader;
    }
  }

  /**
   * Closes the store file, runs {@code work} (which may open, change and even replace the file: a
   * retirement rewrites it), then opens it again as {@link #open} does. New readers wait meanwhile;
   * those already handed out are waited for first. Call it from the writer's thread only, between
   * its transactions (the aggregate role does, {@code AggregateConsumer#maintain}); the writer's
   * own objects hold the old connection and must be made again afterwards.
   */
  public <T> T closedWhile(Callable<T> work) throws Exception {
    synchronized (readers) {
      maintaining = true;
    }
    try {
      awaitReadersClosed();
      connection.close();
      try {
        return work.call();
      } finally {
        connection = connect(file);
        applySchema();
      }
    } finally {
      synchronized (readers) {
        maintaining = false;
        readers.notifyAll();
      }
    }
  }

  private void awaitReadersClosed() throws SQLException, InterruptedException {
    long until = System.currentTimeMillis() + MAINTENANCE_WAIT_MILLIS;
    while (true) {
      synchronized (readers) {
        readers.removeIf(Store::closed);
        if (readers.isEmpty()) {
          return;
        }
      }
      if (System.currentTimeMillis() > until) {
        throw new SQLException(
            "The store's readers did not finish within "
                + MAINTENANCE_WAIT_MILLIS / 1000
                + " s; the maintenance was not done");
      }
      Thread.sleep(10);
    }
  }

  private static boolean closed(DuckDBConnection c) {
    try {
      return c.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  private static DuckDBConnection connect(Path file) throws SQLException {
    return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
  }

  /**
   * The stored position of each partition the aggregate consumer reads: topic -> partition -> next
   * offset.
   */
  public Map<String, Map<Integer, Long>> offsets() throws SQLException {
    Map<String, Map<Integer, Long>> offsets = new HashMap<>();
    try (DuckDBConnection c = reader();
        Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT topic, \"partition\", next_offset FROM consumer_offsets")) {
      while (rs.next()) {
        offsets
            .computeIfAbsent(rs.getString(1), t -> new HashMap<>())
            .put(rs.getInt(2), rs.getLong(3));
      }
    }
    return offsets;
  }

  /**
   * The tables by their numbered migrations ({@link Migrations}), then each collection's tables the
   * store lacks, then the views, recreated on every open (they hold no data, and each is defined
   * once, in code the snapshot shares), then the reference tables refreshed from the code.
   */
  private void applySchema() throws SQLException {
    try (Statement s = connection.createStatement()) {
      // Fewer, larger checkpoints: at DuckDB's default (16 MB of WAL) a national load checkpoints
      // every few seconds and rewrites the same last row groups each time. A crash replays at
      // most this much WAL on the next start.
      s.execute("SET checkpoint_threshold = '256MB'");
    }
    new SchemaMigrator(Migrations.ALL, Migrations.ADOPT_UNVERSIONED).migrate(connection, file);
    CollectionTables.ensure(connection, file, collections);
    try (Statement s = connection.createStatement()) {
      for (String ddl : viewsDdl()) {
        s.execute(ddl);
      }
      s.execute("DELETE FROM las");
      s.execute("DELETE FROM rules");
    }
    insertReferenceRows();
  }

  /**
   * The deadlines as the settings give them, replacing those stored (settings, like the LAs and
   * rules, are not events: a rebuild with the same settings gives the same rows).
   */
  public void replaceDeadlines(List<Deadline> deadlines) throws SQLException {
    try (Statement s = connection.createStatement();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO collection_deadlines VALUES (?, ?, ?)")) {
      s.execute("DELETE FROM collection_deadlines");
      for (Deadline d : deadlines) {
        insert.setString(1, d.collection());
        insert.setString(2, d.laCode());
        insert.setDate(3, java.sql.Date.valueOf(d.date()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertReferenceRows() throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO rules VALUES (?, ?, ?, ?, ?, ?)")) {
      for (RuleDefinition r : rules) {
        insert.setString(1, r.id());
        insert.setString(2, r.severity().label());
        insert.setString(3, r.effect().name().toLowerCase(Locale.ROOT));
        insert.setString(4, r.checks());
        insert.setString(5, r.allowed());
        insert.setString(6, r.template());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO las VALUES (?, ?, ?)")) {
      for (LocalAuthority la : LaRegistry.standard().all()) {
        insert.setString(1, la.code());
        insert.setString(2, la.name());
        insert.setString(3, la.region());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
