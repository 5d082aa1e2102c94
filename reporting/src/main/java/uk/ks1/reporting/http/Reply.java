package uk.ks1.reporting.http;

import java.nio.charset.StandardCharsets;
import uk.ks1.core.json.Json;

/**
 * What a route answers: the bytes, their type, and a file name when the answer is a download.
 * Routes return replies instead of writing to the response, so the gate can tag and cache them.
 */
public record Reply(int status, byte[] body, String contentType, String fileName) {
  public static final String JSON = "application/json; charset=utf-8";
  public static final String PDF = "application/pdf";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public static Reply json(Object value) {
    return new Reply(200, Json.write(value), JSON, null);
  }

  /** {@code value} as JSON with another status (202 accepted, 409 refused...). */
  public static Reply json(int status, Object value) {
    return new Reply(status, Json.write(value), JSON, null);
  }

  public static Reply text(String text, String contentType) {
    return new Reply(200, text.getBytes(StandardCharsets.UTF_8), contentType, null);
  }

  public static Reply download(byte[] body, String contentType, String fileName) {
    return new Reply(200, body, contentType, fileName);
  }

  public static Reply notFound(String what) {
    return new Reply(404, Json.write(java.util.Map.of("error", what + " not found")), JSON, null);
  }
}
