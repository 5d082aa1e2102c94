package uk.ks1.aggregate.writer;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;

/** Appends typed values to a DuckDB appender row, writing NULL for a missing value. */
public final class Cells {
  private final DuckDBAppender appender;

  public Cells(DuckDBAppender appender) {
    this.appender = appender;
  }

  public Cells text(String value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value);
    }
    return this;
  }

  public Cells integer(Integer value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value.intValue());
    }
    return this;
  }

  /** An item's stored value: text, a whole number, or null. */
  public Cells value(Object value) throws SQLException {
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

  public Cells bigint(long value) throws SQLException {
    appender.append(value);
    return this;
  }

  public Cells bool(boolean value) throws SQLException {
    appender.append(value);
    return this;
  }

  /** Times are stored as UTC TIMESTAMPs. */
  public Cells time(Instant value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }
    return this;
  }

  public Cells date(LocalDate value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value);
    }
    return this;
  }

  static LocalDateTime utc(Instant value) {
    return LocalDateTime.ofInstant(value, ZoneOffset.UTC);
  }
}
