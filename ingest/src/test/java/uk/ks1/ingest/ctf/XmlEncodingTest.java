package uk.ks1.ingest.ctf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlEncodingTest {
  @Test
  void checksFilesWithoutADeclarationOrDeclaringUtf8() {
    byte[] bare = "<a>ok</a>".getBytes(StandardCharsets.UTF_8);
    bare[4] = (byte) 0xE9; // é in ISO-8859-1, not UTF-8
    assertThat(XmlEncoding.firstInvalidUtf8(bare)).contains(4);
    byte[] declared =
        "<?xml version=\"1.0\" encoding='utf8'?><a>\u00e9</a>"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(XmlEncoding.firstInvalidUtf8(declared)).contains(40);
    byte[] good = "<a>Zoë</a>".getBytes(StandardCharsets.UTF_8);
    assertThat(XmlEncoding.firstInvalidUtf8(good)).isEmpty();
  }

  @Test
  void leavesDeclaredSingleByteEncodingsToTheParser() {
    byte[] latin =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\u00e9</a>"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(XmlEncoding.firstInvalidUtf8(latin)).isEmpty();
  }
}
