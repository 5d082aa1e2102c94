package uk.ks1.ingest;

import java.util.List;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.ingest.file.FileRejectedException;

/** The reasons a parser rejects a file with; fails the test if it is not rejected. */
public final class Rejections {
  /** A parse that should be rejected. */
  public interface Parse {
    Object run() throws FileRejectedException;
  }

  private Rejections() {}

  public static List<ValidationIssue> reasons(Parse parse) {
    try {
      Object result = parse.run();
      throw new AssertionError("Expected a rejection but the file was read: " + result);
    } catch (FileRejectedException e) {
      return e.reasons();
    }
  }
}
