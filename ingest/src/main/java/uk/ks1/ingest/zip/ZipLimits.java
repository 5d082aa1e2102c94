package uk.ks1.ingest.zip;

import uk.ks1.core.rule.FileLimits;

/**
 * How far a zip may unpack before it counts as a zip bomb: the number of files in it, their total
 * unpacked size, and the ratio of unpacked to packed size (checked once past {@code ratioFloor}, as
 * tiny zips of repetitive text are legitimately very compressible).
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioFloorBytes) {
  public static final int MAX_ENTRIES = FileLimits.ZIP_MAX_ENTRIES;
  public static final int MAX_RATIO = FileLimits.MAX_EXPANSION_RATIO;
  public static final long RATIO_FLOOR_BYTES = 1024 * 1024;

  /** The standard limits for a service whose single-file limit is {@code maxFileBytes}. */
  public static ZipLimits forFileLimit(long maxFileBytes) {
    return new ZipLimits(
        MAX_ENTRIES, FileLimits.ZIP_SIZE_LIMITS * maxFileBytes, MAX_RATIO, RATIO_FLOOR_BYTES);
  }
}
