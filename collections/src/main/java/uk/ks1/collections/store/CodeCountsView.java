package uk.ks1.collections.store;

import java.util.List;

/**
 * A collection's code-counts view: how many pupils that count have each code of each coded item, at
 * every level (national, region, LA, school), for the code tables of the dashboard and the PDFs and
 * for the disclosure step. Columns {@code level, key, collection, year, subject, code, pupils}; the
 * subject is the item's column ({@code reading}, {@code e01}).
 *
 * <p>The pupils are counted once, per school, and the levels above summed from those counts: the
 * published view reads England's, the regions' and the LAs' after every batch, and counting the
 * pupils' codes again for each level took twice as long (EYFSP's 17 goals a child).
 */
public final class CodeCountsView {
  private CodeCountsView() {}

  /** The view {@code view} over the results view {@code results}, of the item columns given. */
  public static String ddl(String view, String results, List<String> columns) {
    String items = String.join(", ", columns);
    return """
        CREATE OR REPLACE VIEW %3$s AS
        WITH u AS (
          UNPIVOT (SELECT collection, year, region, la_code, laestab,
                          %1$s FROM %2$s)
          ON %1$s INTO NAME subject VALUE code),
        s AS MATERIALIZED (
          SELECT collection, year, region, la_code, laestab, subject, code, count(*) AS pupils
          FROM u GROUP BY ALL)
        SELECT 'national' AS level, 'England' AS key, collection, year, subject, code,
               sum(pupils)::BIGINT AS pupils FROM s GROUP BY ALL
        UNION ALL
        SELECT 'region', region, collection, year, subject, code, sum(pupils)::BIGINT
        FROM s GROUP BY ALL
        UNION ALL
        SELECT 'la', la_code, collection, year, subject, code, sum(pupils)::BIGINT
        FROM s GROUP BY ALL
        UNION ALL
        SELECT 'school', laestab, collection, year, subject, code, pupils FROM s"""
        .formatted(items, results, view);
  }
}
