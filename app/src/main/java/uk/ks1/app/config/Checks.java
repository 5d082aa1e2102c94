package uk.ks1.app.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The settings' sources and the problems found so far, with the checks several settings use. */
final class Checks {
  private final SettingSources sources;
  private final List<Problem> problems = new ArrayList<>();

  Checks(SettingSources sources) {
    this.sources = sources;
    problems.addAll(sources.problems());
  }

  Optional<SettingValue> value(Setting setting) {
    return sources.value(setting);
  }

  /** The value of a setting that has a default, so always has one. */
  SettingValue valueOrDefault(Setting setting) {
    return sources.value(setting).orElseThrow();
  }

  void problem(SettingValue value, String what) {
    problems.add(value.problem(what));
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * A whole number from {@code min} to {@code max}; empty (and a problem) otherwise. {@code what}
   * names what is allowed, e.g. "a whole number of MB".
   */
  OptionalLong wholeNumber(SettingValue value, long min, long max, String what) {
    try {
      long n = Long.parseLong(value.text());
      if (n >= min && n <= max) {
        return OptionalLong.of(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(value, value.quoted() + " is not " + what + " from " + min + " to " + max + ".");
    return OptionalLong.empty();
  }

  /** The value as a path; empty (and a problem) when it cannot be one. */
  Optional<Path> path(SettingValue value) {
    try {
      return Optional.of(Path.of(value.text()));
    } catch (InvalidPathException e) {
      problem(value, value.quoted() + " is not a path: " + e.getReason() + ".");
      return Optional.empty();
    }
  }
}
