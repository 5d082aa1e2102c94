package uk.ks1.aggregate.store;

import java.util.List;

/**
 * The history of the store's schema, in one place: every numbered migration, oldest first. A store
 * records in {@code schema_version} each one applied to it; on opening, {@link SchemaMigrator}
 * applies those it lacks, in order.
 *
 * <p>To change the schema, add the next number here with its script in {@code migrations/}; never
 * edit a migration a release has shipped (stores have it applied already). Views are not migrated:
 * {@link Store} recreates them on every open from {@link SummaryViews} and {@link DataErrorViews},
 * after the migrations. Nor are a registered collection's own tables: {@link CollectionTables}
 * creates those a store lacks from the collection's definition and refuses a store whose differ
 * (KS1 TA's, {@code pupil_records} and {@code school_counts}, are the baseline's). A change to a
 * collection's tables in a store that holds them, or to a shared table, is a numbered migration.
 */
public final class Migrations {
  /**
   * Every migration, oldest first, numbered 1, 2, 3... Version 1 is the baseline: the schema of a
   * store written by commit 0ccc2c1, the last code before schema versions.
   */
  public static final List<Migration> ALL =
      List.of(
          new Migration(
              1, "baseline: the tables of a store written by commit 0ccc2c1", "0001-baseline.sql"),
          new Migration(
              2,
              "the list of schools: imports, expected schools, corrections, confirmations,"
                  + " deadlines",
              "0002-schools.sql"),
          new Migration(
              3,
              "the retirement log: pupil identities retired by year, collection and LA",
              "0003-retirements.sql"));

  /**
   * Version 1 for a store written before schema versions: the ad hoc lines that code ran on every
   * open (added columns and tables), after which the store has the baseline's tables.
   */
  static final Migration ADOPT_UNVERSIONED =
      new Migration(
          1,
          "baseline: adopted a store written before schema versions",
          "0001-adopt-unversioned.sql");

  private Migrations() {}

  /** The newest version this code knows. */
  public static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }
}
