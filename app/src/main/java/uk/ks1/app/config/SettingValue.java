package uk.ks1.app.config;

/** A setting's value as given (text, not yet checked) and where it came from. */
public record SettingValue(Setting setting, String text, Origin origin) {
  /** A problem with this value: {@code what} says what is wrong and what is allowed. */
  public Problem problem(String what) {
    return new Problem(setting.label(), what + " " + origin.sentence());
  }

  /** The value quoted as a message shows it. */
  public String quoted() {
    return "'" + text + "'";
  }
}
