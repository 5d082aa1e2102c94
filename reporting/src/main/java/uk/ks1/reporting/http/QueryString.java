package uk.ks1.reporting.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's query string, decoded strictly: a malformed escape ({@code %ZZ}, a {@code %} at the
 * end) or bytes that are not UTF-8 refuse the whole request, where the server's own parsing drops
 * the parameter without a word (and {@code ?la=%ZZ} would answer for every LA). A {@code +} is a
 * plus sign, as the server has always read it (so {@code since=...+01:00} means what it says).
 */
final class QueryString {
  private QueryString() {}

  /** Each parameter's values, in order; {@link ApiRequest.BadRequest} if anything is malformed. */
  static Map<String, List<String>> parse(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq), pair);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), pair);
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String text, String pair) {
    if (text.indexOf('%') < 0 && text.chars().allMatch(c -> c <= 0x7f)) {
      return text;
    }
    ByteBuffer bytes = ByteBuffer.allocate(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          throw malformed(pair);
        }
        String hex = text.substring(i + 1, i + 3);
        if (!HexFormat.isHexDigit(hex.charAt(0)) || !HexFormat.isHexDigit(hex.charAt(1))) {
          throw malformed(pair);
        }
        bytes.put((byte) HexFormat.fromHexDigits(hex));
        i += 2;
      } else if (c > 0x7f) {
        throw malformed(pair); // a raw non-ASCII character: not percent-encoded at all
      } else {
        bytes.put((byte) c);
      }
    }
    bytes.flip();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      throw malformed(pair);
    }
  }

  private static ApiRequest.BadRequest malformed(String pair) {
    String shown = pair.length() > 40 ? pair.substring(0, 40) + "..." : pair;
    return new ApiRequest.BadRequest(
        "The query string is not valid percent-encoded UTF-8 (at '"
            + shown
            + "'); encode each character that is not a letter or digit as %XX");
  }
}
