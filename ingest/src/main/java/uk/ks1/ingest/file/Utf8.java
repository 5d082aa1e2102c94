package uk.ks1.ingest.file;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the first byte that breaks UTF-8, for the readers that must say where a file's encoding
 * goes wrong (CTFs and CSVs alike). Strict as Java's decoder: no overlong forms, no surrogates,
 * nothing above U+10FFFF, no sequence cut short.
 */
public final class Utf8 {
  private static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private Utf8() {}

  /** The offset of the first byte from {@code from} on that is not UTF-8, or -1 if all are. */
  public static int firstInvalid(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length) {
      // ASCII, almost every byte of a school's file: eight bytes at a time while no top bit is set
      while (i + Long.BYTES <= bytes.length
          && ((long) EIGHT_BYTES.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
      }
      if (i >= bytes.length) {
        break;
      }
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length < 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /**
   * The offset of the first well-formed multi-byte UTF-8 sequence (an accented letter, say), or -1:
   * in a file that is not all UTF-8, it shows where UTF-8 text was pasted in.
   */
  public static int firstMultiByte(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if ((bytes[i] & 0x80) != 0 && sequenceLength(bytes, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** The length of the well-formed multi-byte sequence at {@code i}, or -1 if it is not one. */
  private static int sequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int extra;
    int min;
    if (b >= 0xC2 && b <= 0xDF) {
      extra = 1;
      min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      extra = 2;
      min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      extra = 3;
      min = 0x10000;
    } else {
      return -1;
    }
    int code = b & (0x3F >> extra);
    for (int k = 1; k <= extra; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
        return -1;
      }
      code = (code << 6) | (bytes[i + k] & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return -1; // overlong, out of range, or a surrogate
    }
    return extra + 1;
  }
}
