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
 * nothing, with the intake's own parser and settings ({@link SafeXml}). No pipeline can read the
 * files faster than this; the national benchmark is judged against it.
 */
final class ParseFloor {
  /** How long the pass took, over how many files and bytes (and how many elements it met). */
  record Result(long nanos, long files, long bytes, long elements) {}

  private ParseFloor() {}

  static Result measure(Path collection) throws IOException, XMLStreamException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(collection)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    // the intake's own StAX parser and settings: the floor is what reading the files costs it
    XMLInputFactory factory = SafeXml.inputFactory();
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
