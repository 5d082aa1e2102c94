package uk.ks1.ingest.route;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.core.text.LogText;
import uk.ks1.ingest.file.EntryKind;

/**
 * The inbox's first filter: Camel lists a folder with {@code java.io.File}, which follows links (a
 * link to a folder is walked as a folder, a link to a file or a named pipe offered as a file). Here
 * each entry is looked at without following links, and only a real folder (to look inside) or a
 * regular file (then {@code next}, the settle check) passes; anything else is left alone and named
 * once in the log ({@link NotRegularEntries}). A failure here skips the entry, never the poll.
 */
final class RegularFilesOnly<T> implements GenericFileFilter<T> {
  private static final Logger LOG = LoggerFactory.getLogger(RegularFilesOnly.class);

  private final GenericFileFilter<T> next;
  private final NotRegularEntries notRegular;

  RegularFilesOnly(GenericFileFilter<T> next, NotRegularEntries notRegular) {
    this.next = next;
    this.notRegular = notRegular;
  }

  @Override
  public boolean accept(GenericFile<T> file) {
    try {
      Path entry = Path.of(file.getAbsoluteFilePath());
      BasicFileAttributes attributes = EntryKind.of(entry);
      if (EntryKind.taken(attributes)) {
        return next.accept(file);
      }
      notRegular.seen(
          file.getRelativeFilePath().replace('\\', '/'), EntryKind.describe(entry, attributes));
      return false;
    } catch (IOException e) {
      return false; // gone since it was listed
    } catch (RuntimeException | Error e) {
      LOG.warn("An inbox entry was skipped: {}", LogText.escape(e.toString()));
      return false;
    }
  }
}
