package uk.ks1.app;

/**
 * A command could not finish, for a reason its message gives in full (a load on which nothing has
 * moved for too long, say). The CLI prints the message, no stack trace, and exits with 1.
 */
public final class CommandFailedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public CommandFailedException(String message) {
    super(message);
  }

  public CommandFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
