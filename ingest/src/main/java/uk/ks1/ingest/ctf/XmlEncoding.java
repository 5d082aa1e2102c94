package uk.ks1.ingest.ctf;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks, before parsing, that an XML file that is (or says it is) UTF-8 really is: the XML parser
 * would stop on the first bad byte anyway, but with a cryptic message (and a line on stderr). Files
 * declaring a single-byte encoding such as ISO-8859-1, or UTF-16 with a byte-order mark, are left
 * to the parser.
 */
final class XmlEncoding {
  private static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private XmlEncoding() {}

  /** The offset of the first byte that is not UTF-8, if the file should be UTF-8 and is not. */
  static Optional<Integer> firstInvalidUtf8(byte[] xml) {
    if (!declaresUtf8(xml)) {
      return Optional.empty();
    }
    int i = 0;
    while (i < xml.length) {
      // ASCII, almost every byte of a CTF: eight bytes at a time while no byte has its top bit
      while (i + Long.BYTES <= xml.length && ((long) EIGHT_BYTES.get(xml, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
      }
      if (i >= xml.length) {
        break;
      }
      int b = xml[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int extra;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        extra = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        extra = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        extra = 3;
        min = 0x10000;
      } else {
        return Optional.of(i);
      }
      int code = b & (0x3F >> extra);
      for (int k = 1; k <= extra; k++) {
        if (i + k >= xml.length || (xml[i + k] & 0xC0) != 0x80) {
          return Optional.of(i);
        }
        code = (code << 6) | (xml[i + k] & 0x3F);
      }
      if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return Optional.of(i); // overlong, out of range, or a surrogate
      }
      i += extra + 1;
    }
    return Optional.empty();
  }

  private static boolean declaresUtf8(byte[] xml) {
    if (xml.length >= 2
        && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF)
            || (xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE))) {
      return false; // UTF-16 with a byte-order mark
    }
    String head =
        new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int decl = head.indexOf("encoding");
    if (!head.startsWith("<?xml") && !head.startsWith("\u00ef\u00bb\u00bf<?xml") || decl < 0) {
      return true; // no declaration: XML's default is UTF-8
    }
    String rest = head.substring(decl);
    return rest.matches("(?s)encoding\\s*=\\s*[\"']utf-?8[\"'].*");
  }
}
