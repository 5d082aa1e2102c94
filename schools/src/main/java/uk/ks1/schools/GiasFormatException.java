package uk.ks1.schools;

/** DfE's list cannot be read: the message says where and what is allowed. */
public final class GiasFormatException extends Exception {
  public GiasFormatException(String message) {
    super(message);
  }

  public GiasFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
