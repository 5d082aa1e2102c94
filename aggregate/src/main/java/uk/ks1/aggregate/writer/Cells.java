package uk.ks1.aggregate.writer;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;

/** Appends typed values to a DuckDB appender row, writing NULL for a missing value. */
final class Cells {
  private final DuckDBAppender appender;

  Cells(DuckDBAppender appender) {
    this.appender = appender;
  }

  Cells text(String value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value);
    }
    return this;
  }

  Cells integer(Integer value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value.intValue());
    }
    return this;
  }

  /** An item's stored value: text, a whole number, or null. */
  Cells value(Object value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else if (value instanceof Integer i) {
      appender.append(i.intValue());
    } else if (value instanceof String text) {
      appender.append(text);
    } else {
      throw new IllegalArgumentException("No column type for a stored " + value.getClass());
    }
    return this;
  }

  Cells bigint(long value) throws SQLException {
    appender.append(value);
    return this;
  }

  Cells bool(boolean value) throws SQLException {
    appender.append(value);
    return this;
  }

  /** Times are stored as UTC TIMESTAMPs. */
  Cells time(Instant value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }
    return this;
  }

  static LocalDateTime utc(Instant value) {
    return LocalDateTime.ofInstant(value, ZoneOffset.UTC);
  }
}
