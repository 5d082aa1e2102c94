package uk.ks1.ingest.file;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A dropped entry that is not a regular file reached without a link (a symbolic link, a named pipe,
 * a device, a socket), or a file whose real path is outside its LA folder: it is never opened.
 */
public final class NotARegularFileException extends IOException {
  private static final long serialVersionUID = 1L;

  public NotARegularFileException(Path file, String what) {
    super(file.getFileName() + " is " + what + ", not a regular file; it was not read");
  }
}
