package uk.ks1.ingest.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import uk.ks1.core.codes.Field;
import uk.ks1.core.rule.FileMessage;
import uk.ks1.core.rule.FileRules;
import uk.ks1.ingest.file.FileRejectedException;
import uk.ks1.ingest.file.Utf8;

/**
 * Decodes a CSV's bytes the way the file was meant, or says why it cannot: UTF-8 with or without a
 * BOM (what "CSV UTF-8" in Excel writes), else Windows-1252 (what plain "CSV" in Excel writes on a
 * UK PC). A file that is neither, or that mixes both (some rows UTF-8, others Windows-1252, which
 * happens when files are pasted together), is rejected rather than guessed: a wrong guess would
 * change pupils' names silently. Binary files and workbooks saved under a .csv name are told apart
 * first.
 */
public final class TextDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  public static String decode(byte[] bytes, String fileName) throws FileRejectedException {
    if (bytes.length == 0) {
      throw reject(FileRules.NO_CONTENT, "0 bytes", Map.of("name", fileName));
    }
    checkNotBinary(bytes, fileName);
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      int bad = Utf8.firstInvalid(bytes, 3);
      if (bad >= 0) {
        throw reject(FileRules.MIXED_AFTER_BOM, bytes, bad, Map.of("name", fileName));
      }
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    int bad = Utf8.firstInvalid(bytes, 0);
    if (bad < 0) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    int utf8 = Utf8.firstMultiByte(bytes);
    if (utf8 >= 0) {
      throw reject(
          FileRules.MIXED, bytes, bad, Map.of("name", fileName, "utfRow", rowOf(bytes, utf8)));
    }
    try {
      return strict(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw reject(
          FileRules.NEITHER_ENCODING, bytes, firstUndefined1252(bytes), Map.of("name", fileName));
    }
  }

  private static void checkNotBinary(byte[] bytes, String fileName) throws FileRejectedException {
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      throw reject(FileRules.CSV_IS_ZIP, "PK", Map.of("name", fileName));
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw reject(FileRules.CSV_IS_XLS, "D0CF11E0", Map.of("name", fileName));
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      throw reject(FileRules.UTF16, "UTF-16", Map.of("name", fileName));
    }
    int controls = 0;
    int firstControl = -1;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')) {
        controls++;
        firstControl = firstControl < 0 ? i : firstControl;
      }
    }
    // A stray control character can be a typing slip; a NUL or many of them is not text at all.
    if (controls > 0 && (bytes[firstControl] == 0 || controls * 100L > bytes.length)) {
      throw reject(FileRules.CSV_BINARY, bytes, firstControl, Map.of("name", fileName));
    }
  }

  private static int firstUndefined1252(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
        return i;
      }
    }
    return 0;
  }

  /** The 1-based line of an offset: the spreadsheet row for files without multi-line cells. */
  private static int rowOf(byte[] bytes, int offset) {
    int row = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        row++;
      }
    }
    return row;
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String hex(byte b) {
    return "0x" + HexFormat.of().withUpperCase().toHexDigits(b);
  }

  private static FileRejectedException reject(
      FileMessage message, String value, Map<String, ?> details) {
    return new FileRejectedException(message.issue(null, Field.FILE, value, details));
  }

  /** A rejection naming the byte at {@code offset} (the issue's value) and its row. */
  private static FileRejectedException reject(
      FileMessage message, byte[] bytes, int offset, Map<String, ?> details) {
    String hex = hex(bytes[offset]);
    Map<String, Object> all = new HashMap<>(details);
    all.put("row", rowOf(bytes, offset));
    all.put("byte", hex);
    return reject(message, hex, all);
  }
}
