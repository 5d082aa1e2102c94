package uk.ks1.aggregate.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store's tables to the newest schema version this code knows, recording each migration
 * applied in {@code schema_version} in the migration's own transaction (a failed one leaves nothing
 * behind, so the next start tries it again). An empty file gets every migration; a store written
 * before schema versions (tables but no {@code schema_version}) is adopted at version 1, then
 * migrated on; a store of a newer version than this code knows, or a file whose tables are not a
 * store's, is refused and left as it was.
 */
final class SchemaMigrator {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

  static final String SCHEMA_VERSION =
      "CREATE TABLE IF NOT EXISTS schema_version ("
          + "version INTEGER NOT NULL PRIMARY KEY, applied_at TIMESTAMP NOT NULL,"
          + " description VARCHAR NOT NULL)";

  private final List<Migration> migrations;
  private final Migration adoptUnversioned;

  /**
   * {@code migrations} numbered 1, 2, 3..., the first the baseline {@code adoptUnversioned}
   * reaches.
   */
  SchemaMigrator(List<Migration> migrations, Migration adoptUnversioned) {
    for (int i = 0; i < migrations.size(); i++) {
      if (migrations.get(i).version() != i + 1) {
        throw new IllegalArgumentException(
            "Migrations are numbered 1, 2, 3... in order; number %d is %d"
                .formatted(i + 1, migrations.get(i).version()));
      }
    }
    this.migrations = List.copyOf(migrations);
    this.adoptUnversioned = adoptUnversioned;
  }

  /** Migrates the store {@code file} open on {@code c}; returns its version now. */
  int migrate(Connection c, Path file) throws SQLException {
    int latest = migrations.get(migrations.size() - 1).version();
    int version;
    if (hasTable(c, "schema_version")) {
      version = storedVersion(c);
    } else if (hasTables(c)) {
      adopt(c, file);
      version = adoptUnversioned.version();
    } else {
      version = 0;
    }
    if (version > latest) {
      throw new StoreSchemaException(
          ("The store %s has schema version %d (%s), newer than this release knows (up to %d):"
                  + " a later release wrote it. Run that release or a later one on it; this one"
                  + " leaves it as it is.")
              .formatted(file, version, description(c, version), latest));
    }
    for (Migration m : migrations) {
      if (m.version() > version) {
        apply(c, file, m);
        version = m.version();
      }
    }
    return version;
  }

  private static void apply(Connection c, Path file, Migration m) throws SQLException {
    inTransaction(
        c,
        file,
        m,
        s -> {
          for (String statement : m.statements()) {
            s.execute(statement);
          }
        });
    LOG.info("Store {}: schema version {} applied ({})", file, m.version(), m.description());
  }

  /**
   * Version 1 for a store written before schema versions: what that code added on opening, then a
   * check that the tables are now exactly the baseline's.
   */
  private void adopt(Connection c, Path file) throws SQLException {
    inTransaction(
        c,
        file,
        adoptUnversioned,
        s -> {
          try {
            for (String statement : adoptUnversioned.statements()) {
              s.execute(statement);
            }
          } catch (SQLException e) {
            throw notAStore(file, List.of(e.getMessage()));
          }
          List<String> differences = differences(SchemaShape.tables(c), baseline());
          if (!differences.isEmpty()) {
            throw notAStore(file, differences);
          }
        });
    LOG.info(
        "Store {}: written before schema versions, adopted at version {}",
        file,
        adoptUnversioned.version());
  }

  private static StoreSchemaException notAStore(Path file, List<String> differences) {
    return new StoreSchemaException(
        ("The store %s has no schema_version table and its tables are not those of a store"
                + " written before schema versions (%s). It is left as it is: move it aside to"
                + " start an empty store.")
            .formatted(file, String.join("; ", differences)));
  }

  /** The tables version 1 creates, from the baseline run in an empty in-memory database. */
  private Map<String, String> baseline() throws SQLException {
    try (Connection memory = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = memory.createStatement()) {
      for (String statement : migrations.get(0).statements()) {
        s.execute(statement);
      }
      return SchemaShape.tables(memory);
    }
  }

  private static List<String> differences(Map<String, String> store, Map<String, String> baseline) {
    List<String> differences = new ArrayList<>();
    baseline.forEach(
        (table, columns) -> {
          String actual = store.get(table);
          if (actual == null) {
            differences.add("no table " + table);
          } else if (!actual.equals(columns)) {
            differences.add("table %s has (%s), not (%s)".formatted(table, actual, columns));
          }
        });
    return differences;
  }

  private interface Steps {
    void run(Statement s) throws SQLException;
  }

  /** {@code steps} and the schema_version row of {@code m}, in one transaction. */
  private static void inTransaction(Connection c, Path file, Migration m, Steps steps)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN TRANSACTION");
      try {
        s.execute(SCHEMA_VERSION);
        steps.run(s);
        try (PreparedStatement row =
            c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
          row.setInt(1, m.version());
          row.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
          row.setString(3, m.description());
          row.executeUpdate();
        }
        s.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        // on a fresh statement: DuckDB's driver closes a statement whose execution failed
        try (Statement rollback = c.createStatement()) {
          rollback.execute("ROLLBACK");
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        if (e instanceof StoreSchemaException) {
          throw e;
        }
        throw new SQLException(
            ("The store %s could not be migrated to schema version %d (%s); nothing of that"
                    + " version was applied: %s")
                .formatted(file, m.version(), m.description(), e.getMessage()),
            e);
      }
    }
  }

  private static boolean hasTable(Connection c, String table) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT count(*) FROM information_schema.tables WHERE table_catalog ="
                + " current_database() AND table_schema = 'main' AND table_name = ?")) {
      p.setString(1, table);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }

  private static boolean hasTables(Connection c) throws SQLException {
    return !SchemaShape.tables(c).isEmpty();
  }

  private static int storedVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String description(Connection c, int version) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT description FROM schema_version WHERE version = ?")) {
      p.setInt(1, version);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : "no description";
      }
    }
  }
}
