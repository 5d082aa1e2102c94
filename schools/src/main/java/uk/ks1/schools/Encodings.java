package uk.ks1.schools;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How the lists' CSVs are decoded: UTF-8 after a byte-order mark (which is dropped), else {@code
 * fallback} (GIAS writes Windows-1252; an LA's own CSV may be either, so for it a file that is
 * valid UTF-8 is read as UTF-8).
 */
final class Encodings {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Encodings() {}

  /** GIAS's rule: UTF-8 after a byte-order mark, else Windows-1252. */
  static Reader gias(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in);
    return new InputStreamReader(b, bom(b) ? StandardCharsets.UTF_8 : WINDOWS_1252);
  }

  /** An LA's own CSV: UTF-8 (with or without a byte-order mark) when it is valid, else 1252. */
  static Reader decoded(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in);
    if (bom(b)) {
      return new InputStreamReader(b, StandardCharsets.UTF_8);
    }
    byte[] all = b.readAllBytes();
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(all))
              .toString();
      return new java.io.StringReader(text);
    } catch (CharacterCodingException e) {
      return new java.io.StringReader(new String(all, WINDOWS_1252));
    }
  }

  /** Whether the stream starts with UTF-8's byte-order mark; consumes it if so. */
  private static boolean bom(BufferedInputStream b) throws IOException {
    b.mark(3);
    byte[] head = b.readNBytes(3);
    boolean bom =
        head.length == 3
            && (head[0] & 0xFF) == 0xEF
            && (head[1] & 0xFF) == 0xBB
            && (head[2] & 0xFF) == 0xBF;
    if (!bom) {
      b.reset();
    }
    return bom;
  }
}
