package uk.ks1.aggregate.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** The tables of a database and their columns, as information_schema gives them. */
final class SchemaShape {
  private SchemaShape() {}

  /**
   * Each base table of the connection's own database: its columns in order, each as {@code name
   * TYPE} (with {@code NOT NULL} when so).
   */
  static Map<String, String> tables(Connection c) throws SQLException {
    Map<String, String> tables = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                """
                SELECT table_name,
                       string_agg(column_name || ' ' || data_type
                                  || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END,
                                  ', ' ORDER BY ordinal_position)
                FROM information_schema.columns JOIN information_schema.tables
                  USING (table_catalog, table_schema, table_name)
                WHERE table_catalog = current_database() AND table_schema = 'main'
                  AND table_type = 'BASE TABLE'
                GROUP BY table_name""")) {
      while (rs.next()) {
        tables.put(rs.getString(1), rs.getString(2));
      }
    }
    return tables;
  }
}
