package uk.ks1.app.config;

/**
 * One thing wrong with the settings, for the person starting the command: what is wrong ({@code
 * subject}: a setting or a line of a config file), with what value, what is allowed and where the
 * value came from. Never a stack trace, never a secret's value.
 */
public record Problem(String subject, String text) {
  @Override
  public String toString() {
    return subject + ": " + text;
  }
}
