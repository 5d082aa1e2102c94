package uk.ks1.app;

/**
 * What a command was given cannot be used (a path that is not there or not in an LA's folder, a
 * year without published figures, a format it does not know). The CLI prints the message and the
 * command's usage, no stack trace, and exits with 2, as for any usage error.
 */
public final class CommandInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public CommandInputException(String message) {
    super(message);
  }
}
