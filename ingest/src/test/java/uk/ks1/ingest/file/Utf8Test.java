package uk.ks1.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void acceptsUtf8OfEveryLength() {
    assertThat(Utf8.firstInvalid(utf8("<a>Zoë Ó Briain € 𝄞 Łukasz</a>"), 0)).isEqualTo(-1);
  }

  @Test
  void findsTheFirstBadByteFromWhereItIsAsked() {
    byte[] bad = utf8("<a>ok</a>");
    bad[4] = (byte) 0xE9; // é in ISO-8859-1, not UTF-8
    assertThat(Utf8.firstInvalid(bad, 0)).isEqualTo(4);
    assertThat(Utf8.firstInvalid(bad, 5)).isEqualTo(-1);
  }

  @Test
  void findsABadByteAtEveryPositionAmongLongAsciiRuns() {
    for (int at = 0; at < 40; at++) {
      byte[] xml = utf8("<a>" + "x".repeat(60) + "</a>");
      xml[at] = (byte) 0xFF;
      assertThat(Utf8.firstInvalid(xml, 0)).as("bad byte at %d", at).isEqualTo(at);
      byte[] good = utf8("x".repeat(at) + "é€𝄞" + "y".repeat(20));
      assertThat(Utf8.firstInvalid(good, 0)).as("good after %d", at).isEqualTo(-1);
    }
  }

  @Test
  void rejectsTruncatedOverlongAndSurrogateSequences() {
    assertThat(Utf8.firstInvalid(new byte[] {'<', (byte) 0xE2, (byte) 0x82}, 0)).isEqualTo(1);
    assertThat(Utf8.firstInvalid(new byte[] {'<', (byte) 0xC0, (byte) 0xAF}, 0)).isEqualTo(1);
    assertThat(Utf8.firstInvalid(new byte[] {'<', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0))
        .isEqualTo(1);
    assertThat(
            Utf8.firstInvalid(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0))
        .isEqualTo(0); // above U+10FFFF
  }

  @Test
  void agreesWithJavasStrictDecoderOnRandomBytes() {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      byte[] bytes = utf8("ab€é𝄞cd".repeat(1 + random.nextInt(3)));
      for (int k = random.nextInt(3); k > 0; k--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      assertThat(Utf8.firstInvalid(bytes, 0) < 0).as("%s", bytes).isEqualTo(decodes(bytes));
    }
  }

  @Test
  void findsTheFirstMultiByteSequence() {
    assertThat(Utf8.firstMultiByte(utf8("Smith,Zoë"))).isEqualTo(8);
    assertThat(Utf8.firstMultiByte("Zo\u00eb".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(-1);
    assertThat(Utf8.firstMultiByte(utf8("plain"))).isEqualTo(-1);
  }

  private static boolean decodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
