package uk.ks1.ingest.file;

import java.io.InputStream;
import java.util.List;
import uk.ks1.core.event.FileFacts;

/**
 * Reads one whole file into one return per school. Pure: no broker, no store. A file that cannot be
 * accepted at all throws {@link FileRejectedException} with its reasons.
 */
public interface FileParser {
  List<SchoolReturn> parse(InputStream content, FileFacts facts, int defaultYear)
      throws FileRejectedException;
}
