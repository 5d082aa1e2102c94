package uk.ks1.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON codec for events: ISO-8601 times, unknown properties ignored (so a newer producer
 * does not break an older consumer).
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          // generated accessors instead of reflection: events are read and written millions of
          // times in a national load
          .registerModule(new com.fasterxml.jackson.module.blackbird.BlackbirdModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Reads a value; a malformed one throws {@link UncheckedIOException} with Jackson's reason, with
   * any quoted piece of the input taken out (the input may hold names or UPNs, and reasons reach
   * logs and dead-letter records).
   */
  public static <T> T read(byte[] bytes, Class<T> type) {
    try {
      return MAPPER.readValue(bytes, type);
    } catch (IOException e) {
      String why = "Not a " + type.getSimpleName() + ": " + reason(e);
      // the original exception is left out on purpose: its message quotes the input
      throw new UncheckedIOException(why, new IOException(why));
    }
  }

  private static String reason(IOException e) {
    String m =
        e instanceof com.fasterxml.jackson.core.JacksonException j
            ? j.getOriginalMessage()
            : e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    String scrubbed = m.replaceAll("'[^']*'", "'...'").replaceAll("\"[^\"]*\"", "\"...\"");
    int newline = scrubbed.indexOf('\n');
    scrubbed = newline > 0 ? scrubbed.substring(0, newline) : scrubbed;
    return scrubbed.length() > 200 ? scrubbed.substring(0, 200) + "..." : scrubbed;
  }
}
