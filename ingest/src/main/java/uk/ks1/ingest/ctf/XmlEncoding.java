package uk.ks1.ingest.ctf;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import uk.ks1.ingest.file.Utf8;

/**
 * Checks, before parsing, that an XML file that is (or says it is) UTF-8 really is: the XML parser
 * would stop on the first bad byte anyway, but with a cryptic message (and a line on stderr). Files
 * declaring a single-byte encoding such as ISO-8859-1, or UTF-16 with a byte-order mark, are left
 * to the parser.
 */
final class XmlEncoding {
  private XmlEncoding() {}

  /** The offset of the first byte that is not UTF-8, if the file should be UTF-8 and is not. */
  static Optional<Integer> firstInvalidUtf8(byte[] xml) {
    if (!declaresUtf8(xml)) {
      return Optional.empty();
    }
    int bad = Utf8.firstInvalid(xml, 0);
    return bad < 0 ? Optional.empty() : Optional.of(bad);
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
