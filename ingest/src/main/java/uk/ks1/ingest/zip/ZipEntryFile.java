package uk.ks1.ingest.zip;

/**
 * One file found in a zip: its path inside the zip (made safe: forward slashes, no {@code ..}), its
 * size once unpacked, and its content; no content when it is over the single-file limit or is an
 * archive itself, which are rejected without being read.
 */
public record ZipEntryFile(String path, long size, byte[] content, Kind kind) {
  /** What the entry is, as far as the bundle is concerned. */
  public enum Kind {
    FILE,
    TOO_LARGE,
    NESTED_ARCHIVE
  }
}
