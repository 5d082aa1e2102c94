package uk.ks1.ingest.ctf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.ks1.collections.ks1ta.Subject;

/**
 * The CTF (Subject, Component) pairs that carry each KS1 TA measure, held as data ({@code
 * ctf-components.csv}) because the codes vary between school systems and are not verified.
 */
public final class ComponentMapping {
  private static final ComponentMapping STANDARD = load("/uk/ks1/ingest/ctf/ctf-components.csv");

  private final Map<String, Subject> measures;

  private ComponentMapping(Map<String, Subject> measures) {
    this.measures = Map.copyOf(measures);
  }

  public static ComponentMapping standard() {
    return STANDARD;
  }

  /** The measure a CTF subject and component stand for, case-insensitively. */
  public Optional<Subject> measure(String subject, String component) {
    return Optional.ofNullable(measures.get(key(subject, component)));
  }

  private static String key(String subject, String component) {
    return (subject == null ? "" : subject.strip().toUpperCase(Locale.ROOT))
        + "/"
        + (component == null ? "" : component.strip().toUpperCase(Locale.ROOT));
  }

  private static ComponentMapping load(String resource) {
    Map<String, Subject> measures = new HashMap<>();
    try (InputStream in = ComponentMapping.class.getResourceAsStream(resource)) {
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setCommentMarker('#')
              .setHeader()
              .setSkipHeaderRecord(true)
              .get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        measures.put(
            key(r.get("subject"), r.get("component")),
            Subject.valueOf(r.get("measure").toUpperCase(Locale.ROOT)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ComponentMapping(measures);
  }
}
