package uk.ks1.ingest.route;

import java.time.Clock;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Lets a poll take only the files unchanged for the settle time (and every folder, to look inside).
 * A file still young is left for a later poll rather than waited for, so one file that has just
 * arrived never holds up the settled files listed after it; the read lock's own minimum age stays
 * as the guarantee.
 */
final class SettledFiles<T> implements GenericFileFilter<T> {
  private final long settleMillis;
  private final Clock clock;

  SettledFiles(long settleMillis, Clock clock) {
    this.settleMillis = settleMillis;
    this.clock = clock;
  }

  @Override
  public boolean accept(GenericFile<T> file) {
    return file.isDirectory() || file.getLastModified() <= clock.millis() - settleMillis;
  }
}
