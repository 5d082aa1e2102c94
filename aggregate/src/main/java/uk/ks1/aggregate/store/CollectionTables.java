package uk.ks1.aggregate.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.Item;
import uk.ks1.core.collection.StoreCount;

/**
 * Each registered collection's own tables, made from its definition: its pupil table (the columns
 * every collection has, then one per item in item order, typed by the item's kind) and its school
 * counts table (the school, {@code pupils}, then every count in order). A table the store lacks is
 * created when the store opens (a collection registered since the store was written); one it has
 * must have exactly these columns, or the store is refused.
 */
public final class CollectionTables {
  /** The columns every collection's pupil table starts with, in order. */
  static final String PUPIL_COLUMNS =
      "collection VARCHAR, year INTEGER, la_code VARCHAR, region VARCHAR, laestab VARCHAR,"
          + " submission_id VARCHAR, row_number INTEGER, pupil_key VARCHAR, counts BOOLEAN,"
          + " held_since TIMESTAMP, sex VARCHAR";

  private static final Set<String> FIXED =
      Set.of(
          "collection",
          "year",
          "la_code",
          "region",
          "laestab",
          "submission_id",
          "row_number",
          "pupil_key",
          "counts",
          "held_since",
          "sex",
          "pupils",
          "claim");

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern PREFIX = Pattern.compile("([a-z][a-z0-9_]*_)?");

  private CollectionTables() {}

  static String pupilTableDdl(CollectionDefinition collection) {
    StringBuilder ddl =
        new StringBuilder("CREATE TABLE IF NOT EXISTS ")
            .append(collection.store().pupilTable())
            .append(" (")
            .append(PUPIL_COLUMNS);
    for (Item item : collection.items()) {
      ddl.append(", ").append(item.id()).append(' ').append(item.kind().sqlType());
    }
    return ddl.append(")").toString();
  }

  static String schoolCountsDdl(CollectionDefinition collection) {
    StringBuilder ddl =
        new StringBuilder("CREATE TABLE IF NOT EXISTS ")
            .append(collection.store().schoolCountsTable())
            .append(" (collection VARCHAR, year INTEGER, region VARCHAR, la_code VARCHAR,")
            .append(" laestab VARCHAR, pupils BIGINT");
    for (StoreCount count : collection.store().counts()) {
      ddl.append(", ").append(count.column()).append(" BIGINT");
    }
    return ddl.append(")").toString();
  }

  /**
   * Checks that the definitions can share one store (names that are SQL, distinct prefixes, counts
   * of their own items), then creates each one's tables the store lacks and checks those it has.
   */
  static void ensure(Connection c, Path file, CollectionRegistry registry) throws SQLException {
    check(registry);
    Map<String, String> expected = expectedShapes(registry);
    try (Statement s = c.createStatement()) {
      for (CollectionDefinition d : registry.all()) {
        s.execute(pupilTableDdl(d));
        s.execute(schoolCountsDdl(d));
      }
    }
    Map<String, String> actual = SchemaShape.tables(c);
    List<String> differences = new ArrayList<>();
    expected.forEach(
        (table, columns) -> {
          if (!columns.equals(actual.get(table))) {
            differences.add(
                "table %s has (%s), not (%s)".formatted(table, actual.get(table), columns));
          }
        });
    if (!differences.isEmpty()) {
      throw new StoreSchemaException(
          ("The store %s does not hold its collections' tables as their definitions make them"
                  + " (%s). It is left as it is.")
              .formatted(file, String.join("; ", differences)));
    }
  }

  /** Each collection table's columns as {@link SchemaShape} gives them, from an empty database. */
  private static Map<String, String> expectedShapes(CollectionRegistry registry)
      throws SQLException {
    try (Connection memory = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = memory.createStatement()) {
      for (CollectionDefinition d : registry.all()) {
        s.execute(pupilTableDdl(d));
        s.execute(schoolCountsDdl(d));
      }
      return SchemaShape.tables(memory);
    }
  }

  private static void check(CollectionRegistry registry) {
    Set<String> prefixes = new HashSet<>();
    for (CollectionDefinition d : registry.all()) {
      CollectionStore store = d.store();
      if (!PREFIX.matcher(store.prefix()).matches()) {
        throw new IllegalArgumentException(
            "Collection %s: its store prefix '%s' is not lower-case SQL ending in '_'"
                .formatted(d.id(), store.prefix()));
      }
      if (!prefixes.add(store.prefix())) {
        throw new IllegalArgumentException(
            "Collection %s: another registered collection's tables have the prefix '%s'"
                .formatted(d.id(), store.prefix()));
      }
      Set<String> items = new HashSet<>();
      for (Item item : d.items()) {
        if (!NAME.matcher(item.id()).matches() || FIXED.contains(item.id())) {
          throw new IllegalArgumentException(
              "Collection %s: the item id '%s' cannot be a column of its pupil table"
                  .formatted(d.id(), item.id()));
        }
        items.add(item.id());
      }
      Set<String> columns = new HashSet<>();
      for (StoreCount count : store.counts()) {
        if (FIXED.contains(count.column()) || !columns.add(count.column())) {
          throw new IllegalArgumentException(
              "Collection %s: the count %s is declared twice or names a fixed column"
                  .formatted(d.id(), count.column()));
        }
        for (String item : count.items()) {
          if (!items.contains(item)) {
            throw new IllegalArgumentException(
                "Collection %s: the count %s names %s, not one of its items %s"
                    .formatted(d.id(), count.column(), item, items));
          }
        }
      }
    }
  }
}
