package uk.ks1.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.ks1.ingest.ctf.SafeXml;

/**
 * The parse floor: one bare StAX pass over every CTF of a collection on one thread, building
 * nothing. Two of them: with the intake's own parser and settings ({@link SafeXml}: Woodstox), what
 * reading the files costs the intake; and with the JDK's built-in StAX ({@code
 * XMLInputFactory.newDefaultFactory()}, the same safe settings), the fixed reference the national
 * benchmark is judged against, which does not move when the intake changes parser.
 */
final class ParseFloor {
  /** How long the pass took, over how many files and bytes (and how many elements it met). */
  record Result(long nanos, long files, long bytes, long elements) {}

  private ParseFloor() {}

  /** The JDK's own StAX, as safe as the intake's: no DTD, no external entities. */
  static XMLInputFactory jdk() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  static Result measure(Path collection) throws IOException, XMLStreamException {
    // the intake's own StAX parser and settings: the floor is what reading the files costs it
    return measure(collection, SafeXml.inputFactory());
  }

  static Result measure(Path collection, XMLInputFactory factory)
      throws IOException, XMLStreamException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(collection)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    long bytes = 0;
    long elements = 0;
    long started = System.nanoTime();
    for (Path file : files) {
      bytes += Files.size(file);
      try (InputStream in = Files.newInputStream(file)) {
        XMLStreamReader r = factory.createXMLStreamReader(in);
        while (r.hasNext()) {
          if (r.next() == XMLStreamReader.START_ELEMENT) {
            elements++;
          }
        }
        r.close();
      }
    }
    return new Result(System.nanoTime() - started, files.size(), bytes, elements);
  }
}
