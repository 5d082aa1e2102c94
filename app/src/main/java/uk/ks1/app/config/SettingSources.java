package uk.ks1.app.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where settings come from, in order: the command line, the environment, the config file, the
 * catalogue's default. The config file is the one named by {@code --config} or {@code KS1_CONFIG},
 * else {@code <data>/ks1.properties} when present, where the data folder comes from the command
 * line, the environment or its default (a file in the data folder cannot move it). Problems with
 * the file itself (missing, unreadable, keys that are not settings) are kept for the report.
 */
public final class SettingSources {
  /** The config file looked for in the data folder when none is named. */
  public static final String DEFAULT_FILE_NAME = "ks1.properties";

  private final Map<Setting, String> flags;
  private final Map<String, String> env;
  private final List<Problem> problems = new ArrayList<>();
  private ConfigFile file;
  private boolean fileNamed;

  private SettingSources(Map<Setting, String> flags, Map<String, String> env) {
    this.flags = Map.copyOf(flags);
    this.env = Map.copyOf(env);
  }

  /**
   * The sources for the options given ({@code flags}: only those on the command line) and the
   * environment {@code env}, with the config file read.
   */
  public static SettingSources read(Map<Setting, String> flags, Map<String, String> env) {
    SettingSources sources = new SettingSources(flags, env);
    sources.readConfigFile();
    return sources;
  }

  /** The value to use, from the first source that gives one; empty when none does. */
  public Optional<SettingValue> value(Setting setting) {
    Optional<SettingValue> given = givenOutsideFile(setting);
    if (given.isPresent()) {
      return given;
    }
    Optional<ConfigFile.Entry> entry =
        file == null || (setting == Setting.DATA && !fileNamed)
            ? Optional.empty()
            : setting.key().flatMap(file::get).filter(e -> !e.value().isBlank());
    if (entry.isPresent()) {
      return Optional.of(
          new SettingValue(
              setting,
              entry.get().value().strip(),
              Origin.file(file.path(), entry.get().line(), entry.get().key())));
    }
    return setting.defaultValue().map(d -> new SettingValue(setting, d, Origin.byDefault()));
  }

  /** The config file read, if any. */
  public Optional<Path> configFile() {
    return Optional.ofNullable(file).map(ConfigFile::path);
  }

  /** What is wrong with the config file: missing, unreadable, unknown keys. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** From the command line (as typed, blank included), else from a non-blank variable. */
  private Optional<SettingValue> givenOutsideFile(Setting setting) {
    if (setting.flag().isPresent() && flags.containsKey(setting)) {
      return Optional.of(
          new SettingValue(setting, flags.get(setting), Origin.flag(setting.flag().get())));
    }
    String variable = env.get(setting.env());
    if (variable != null && !variable.isBlank()) {
      return Optional.of(new SettingValue(setting, variable.strip(), Origin.env(setting.env())));
    }
    return Optional.empty();
  }

  private void readConfigFile() {
    Optional<SettingValue> named = givenOutsideFile(Setting.CONFIG);
    if (named.isPresent()) {
      fileNamed = true;
      Optional<Path> path = path(named.get());
      if (path.isPresent() && !Files.isRegularFile(path.get())) {
        problems.add(
            named
                .get()
                .problem(named.get().quoted() + " is not a file: name a ks1.properties file."));
      } else {
        path.ifPresent(p -> read(p, named.get()));
      }
      return;
    }
    Optional<SettingValue> data = value(Setting.DATA);
    try {
      Path inData = Path.of(data.orElseThrow().text()).resolve(DEFAULT_FILE_NAME);
      if (Files.isRegularFile(inData)) {
        read(inData, new SettingValue(Setting.CONFIG, inData.toString(), Origin.byDefault()));
      }
    } catch (InvalidPathException e) {
      // the data folder's own check reports it
    }
  }

  private Optional<Path> path(SettingValue value) {
    try {
      return Optional.of(Path.of(value.text()));
    } catch (InvalidPathException e) {
      problems.add(value.problem(value.quoted() + " is not a file path."));
      return Optional.empty();
    }
  }

  private void read(Path path, SettingValue named) {
    try {
      file = ConfigFile.read(path);
    } catch (CharacterCodingException e) {
      problems.add(named.problem(named.quoted() + " is not UTF-8 text."));
      return;
    } catch (AccessDeniedException e) {
      problems.add(named.problem(named.quoted() + " cannot be read by this user."));
      return;
    } catch (IOException e) {
      problems.add(named.problem(named.quoted() + " cannot be read: " + e.getMessage()));
      return;
    }
    for (ConfigFile.Entry entry : file.entries()) {
      checkKey(entry);
    }
  }

  /** A key must be a setting a file can hold; the data folder's own file cannot move it. */
  private void checkKey(ConfigFile.Entry entry) {
    String where = file.path() + " line " + entry.line();
    Optional<Setting> known = Setting.byKey(entry.key());
    if (known.isPresent()) {
      if (known.get() == Setting.DATA && !fileNamed) {
        problems.add(
            new Problem(
                where,
                "'data' cannot be set in the data folder's own "
                    + DEFAULT_FILE_NAME
                    + ": name the file with --config (or KS1_CONFIG), or give the folder with"
                    + " --data (or KS1_DATA)."));
      }
      return;
    }
    Optional<Setting> near = KeySuggestion.nearest(entry.key());
    String text = "'" + entry.key() + "' is not a setting";
    if (near.isPresent() && near.get().key().isPresent()) {
      text += ": did you mean " + near.get().key().get() + "?";
    } else if (near.isPresent()) {
      text += " a config file can hold: use " + near.get().label() + ".";
    } else {
      text += ": the keys are " + String.join(", ", Setting.keys()) + ".";
    }
    problems.add(new Problem(where, text));
  }
}
