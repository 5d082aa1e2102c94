package uk.ks1.collections.ks1ta.store;

import java.util.List;
import java.util.stream.Collectors;
import uk.ks1.collections.ks1ta.Subject;

/**
 * The view {@code code_counts}: how many pupils that count have each code of each TA subject, at
 * every level (national, region, LA, school), for the code tables of the dashboard and the PDFs.
 */
public final class CodeCountsView {
  private CodeCountsView() {}

  /** The view over the results view {@code results}, one row per level, key, subject and code. */
  public static String ddl(String results, List<Subject> subjects) {
    String columns = subjects.stream().map(Subject::column).collect(Collectors.joining(", "));
    return """
        CREATE OR REPLACE VIEW code_counts AS
        WITH u AS (
          UNPIVOT (SELECT collection, year, region, la_code, laestab,
                          %1$s FROM %2$s)
          ON %1$s INTO NAME subject VALUE code)
        SELECT 'national' AS level, 'England' AS key, collection, year, subject, code,
               count(*) AS pupils FROM u GROUP BY ALL
        UNION ALL
        SELECT 'region', region, collection, year, subject, code, count(*) FROM u GROUP BY ALL
        UNION ALL
        SELECT 'la', la_code, collection, year, subject, code, count(*) FROM u GROUP BY ALL
        UNION ALL
        SELECT 'school', laestab, collection, year, subject, code, count(*) FROM u GROUP BY ALL"""
        .formatted(columns, results);
  }
}
