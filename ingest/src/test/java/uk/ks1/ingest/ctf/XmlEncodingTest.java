package uk.ks1.ingest.ctf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlEncodingTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void acceptsUtf8OfEveryLength() {
    assertThat(XmlEncoding.firstInvalidUtf8(utf8("<a>Zoë Ó Briain € 𝄞 Łukasz</a>"))).isEmpty();
  }

  @Test
  void findsTheFirstBadByte() {
    byte[] xml = utf8("<a>ok</a>");
    byte[] bad = new byte[xml.length + 1];
    System.arraycopy(xml, 0, bad, 0, 4);
    bad[4] = (byte) 0xE9; // é in ISO-8859-1, not UTF-8
    System.arraycopy(xml, 4, bad, 5, xml.length - 4);
    assertThat(XmlEncoding.firstInvalidUtf8(bad)).contains(4);
  }

  @Test
  void findsABadByteAtEveryPositionAmongLongAsciiRuns() {
    for (int at = 0; at < 40; at++) {
      byte[] xml = utf8("<a>" + "x".repeat(60) + "</a>");
      xml[at] = (byte) 0xFF;
      assertThat(XmlEncoding.firstInvalidUtf8(xml)).as("bad byte at %d", at).contains(at);
      byte[] good = utf8("x".repeat(at) + "é€𝄞" + "y".repeat(20));
      assertThat(XmlEncoding.firstInvalidUtf8(good)).as("good after %d", at).isEmpty();
    }
  }

  @Test
  void rejectsTruncatedOverlongAndSurrogateSequences() {
    assertThat(XmlEncoding.firstInvalidUtf8(new byte[] {'<', (byte) 0xE2, (byte) 0x82}))
        .contains(1);
    assertThat(XmlEncoding.firstInvalidUtf8(new byte[] {'<', (byte) 0xC0, (byte) 0xAF}))
        .contains(1);
    assertThat(
            XmlEncoding.firstInvalidUtf8(new byte[] {'<', (byte) 0xED, (byte) 0xA0, (byte) 0x80}))
        .contains(1);
  }

  @Test
  void leavesDeclaredSingleByteEncodingsToTheParser() {
    byte[] latin =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\u00e9</a>"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(XmlEncoding.firstInvalidUtf8(latin)).isEmpty();
  }
}
