package uk.ks1.app.cli;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import uk.ks1.app.config.Setting;
import uk.ks1.app.config.SettingSources;
import uk.ks1.app.config.Settings;

/**
 * The options of the settings a command takes, added from the catalogue ({@link Setting}) by
 * {@code @Command(modelTransformer = SettingOptions.class)}, and read back as checked {@link
 * Settings}. Options are plain text here: the catalogue's checks convert them, so that every
 * problem is reported at once instead of picocli stopping at the first.
 */
public final class SettingOptions implements IModelTransformer {
  @Override
  public CommandSpec transform(CommandSpec command) {
    for (Setting s : Setting.values()) {
      if (s.flag().isPresent() && takes(command.name(), s)) {
        OptionSpec.Builder option =
            OptionSpec.builder(s.flag().get()).paramLabel(s.paramLabel()).description(help(s));
        if (s.paramLabel().endsWith(",...")) {
          // a list may also be given over several options: --strict-las 330 --strict-las 801
          option.type(List.class).auxiliaryTypes(String.class);
        } else {
          option.type(String.class);
        }
        command.addOption(option.build());
      }
    }
    return command;
  }

  /**
   * The command's settings from its options, the environment and the config file, checked; throws
   * {@link uk.ks1.app.config.SettingProblems} naming every problem.
   */
  public static Settings settings(CommandSpec command) {
    Map<Setting, String> given = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      Object value = s.flag().map(command::findOption).map(OptionSpec::getValue).orElse(null);
      if (value instanceof List<?> list && !list.isEmpty()) {
        given.put(s, String.join(",", list.stream().map(String::valueOf).toList()));
      } else if (value instanceof String text) {
        given.put(s, text);
      }
    }
    String name = command.qualifiedName(" ");
    String path = name.substring(name.indexOf(' ') + 1);
    return Settings.of(path, SettingSources.read(given, System.getenv()), LocalDate.now());
  }

  /** Whether a command named {@code name} ({@code errors} for {@code report errors}) takes it. */
  private static boolean takes(String name, Setting setting) {
    return setting.commands().stream().anyMatch(c -> c.equals(name) || c.endsWith(" " + name));
  }

  private static String help(Setting s) {
    String d = s.description();
    return Character.toUpperCase(d.charAt(0))
        + d.substring(1)
        + " (default: "
        + s.defaultText()
        + "; or "
        + s.env()
        + s.key().map(k -> ", or " + k + " in ks1.properties").orElse("")
        + ")";
  }
}
