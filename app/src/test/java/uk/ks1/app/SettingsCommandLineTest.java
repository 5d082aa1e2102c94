package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import uk.ks1.app.cli.SettingOptions;
import uk.ks1.app.config.Setting;
import uk.ks1.core.collection.CollectionYear;

/**
 * The commands take their settings' options from the catalogue, and a command whose settings have
 * problems prints every one and exits with 2 before anything starts.
 */
class SettingsCommandLineTest {
  @TempDir Path tmp;

  @Test
  void everyCommandThatTakesSettingsHasExactlyTheirOptions() {
    List<String> commands = new ArrayList<>();
    forEachCommand(
        new CommandLine(new Ks1()),
        (path, spec) -> {
          if (!Setting.Commands.ALL.contains(path)) {
            return; // generate and bench have options of their own (generate's --year)
          }
          commands.add(path);
          List<String> expected =
              Arrays.stream(Setting.values())
                  .filter(s -> s.usedBy(path))
                  .flatMap(s -> s.flag().stream())
                  .sorted()
                  .toList();
          List<String> settingOptions =
              spec.options().stream()
                  // a command's own option of the same name (report missing's --year, the
                  // summer it reports on) is a field of the command, not a setting
                  .filter(o -> !(o.userObject() instanceof java.lang.reflect.Field))
                  .map(OptionSpec::longestName)
                  .filter(
                      name ->
                          Arrays.stream(Setting.values())
                              .anyMatch(s -> s.flag().equals(Optional.of(name))))
                  .sorted()
                  .toList();
          assertThat(settingOptions).as(path).isEqualTo(expected);
        });
    assertThat(commands).containsExactlyInAnyOrderElementsOf(Setting.Commands.ALL);
  }

  private interface Visitor {
    void visit(String path, CommandSpec spec);
  }

  private static void forEachCommand(CommandLine root, Visitor visitor) {
    for (CommandLine sub : root.getSubcommands().values()) {
      String name = sub.getCommandSpec().qualifiedName(" ");
      visitor.visit(name.substring(name.indexOf(' ') + 1), sub.getCommandSpec());
      forEachCommand(sub, visitor);
    }
  }

  @Test
  void aListMayBeGivenOverSeveralOptions() {
    CommandLine cli = new CommandLine(new Ks1());
    cli.parseArgs(
        "load",
        "--data",
        tmp.resolve("data").toString(),
        "--strict-las",
        "330",
        "--strict-las",
        "801",
        tmp.toString());
    CommandSpec load = cli.getSubcommands().get("load").getCommandSpec();
    assertThat(SettingOptions.settings(load).pipeline().strictLas())
        .containsExactlyInAnyOrder("330", "801");
  }

  @Test
  void settingsWithProblemsStopTheCommandWithEveryProblemAndExitCode2() throws Exception {
    Path data = tmp.resolve("data");
    Path config = tmp.resolve("ks1.properties");
    Files.writeString(config, "year=2011\nsetle-ms=100\n");
    StringWriter err = new StringWriter();
    int exit =
        Ks1.execute(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "load",
            "--config",
            config.toString(),
            "--data",
            data.toString(),
            "--max-file-mb",
            "0",
            "--strict-las",
            "330,999",
            tmp.toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().lines())
        .containsExactly(
            config + " line 2: 'setle-ms' is not a setting: did you mean settle-ms?",
            "--year (or KS1_YEAR): '2011' is not a summer the KS1, Phonics and EYFSP code sets cover: use a"
                + " year from 2012 to "
                + (CollectionYear.currentSummer(LocalDate.now()) + 1)
                + ". Given in "
                + config
                + " line 1 (year).",
            "--max-file-mb (or KS1_MAX_FILE_MB): '0' is not a whole number of MB from 1 to 1024."
                + " Given on the command line.",
            "--strict-las (or KS1_STRICT_LAS): '999' is not one of the 153 English LA codes, e.g."
                + " 330 for Birmingham. Given on the command line.",
            "ks1 load did not start: 4 problems in its settings. Nothing was started; correct them"
                + " and start again (docs/configuration.md).");
    assertThat(data).doesNotExist();
  }

  @Test
  void inputACommandCannotUseIsAUsageErrorNotAStackTrace() throws Exception {
    Path loose = Files.writeString(tmp.resolve("school.xml"), "<CTfile/>");
    assertUsageError(
        List.of("load", "--data", tmp.resolve("data").toString(), loose.toString()),
        "A file to load must sit in a folder named after its LA code (e.g. 330/), not in " + tmp,
        "Usage: ks1 load");
    assertThat(tmp.resolve("data/inbox")).doesNotExist(); // nothing was started
    // a folder beside the LA folders that is not named after an LA: its files would be dropped
    Path collection = tmp.resolve("collection");
    Files.createDirectories(collection.resolve("330"));
    Files.writeString(collection.resolve("330/3302001.xml"), "<CTfile/>");
    Files.createDirectories(collection.resolve("xyz"));
    Files.writeString(collection.resolve("xyz/3302002.xml"), "<CTfile/>");
    Files.createDirectories(collection.resolve("3301"));
    Files.writeString(collection.resolve("3301/3302003.csv"), "");
    assertUsageError(
        List.of("load", "--data", tmp.resolve("data").toString(), collection.toString()),
        collection.resolve("3301")
            + ", "
            + collection.resolve("xyz")
            + " are not LA folders: name each folder after its LA's 3-digit code (e.g. 330/) and"
            + " lay files out as <LA code>/<files>, e.g. 330/3302001_KS1.xml",
        "Usage: ks1 load");
    assertThat(tmp.resolve("data/inbox")).doesNotExist();
    assertUsageError(
        List.of("generate", "--out", tmp.resolve("gen").toString(), "--formats", "ctf,pdf"),
        "Unknown format 'pdf': use ctf, csv or xlsx",
        "Usage: ks1 generate");
    assertUsageError(
        List.of("generate", "--out", tmp.resolve("gen").toString(), "--year", "2020"),
        "KS1 teacher assessment: No published KS1 figures for 2020 (none for 2020 and 2021): pick"
            + " 2016-2019, 2022 or 2023",
        "Usage: ks1 generate");
    assertThat(tmp.resolve("gen")).doesNotExist();
  }

  private static void assertUsageError(List<String> args, String message, String usage) {
    StringWriter err = new StringWriter();
    int exit =
        Ks1.execute(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            args.toArray(String[]::new));
    assertThat(exit).as("%s", args).isEqualTo(2);
    assertThat(err.toString())
        .as("%s", args)
        .startsWith(message + System.lineSeparator() + usage)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void runStopsBeforeTheServiceStarts() {
    StringWriter err = new StringWriter();
    int exit =
        Ks1.execute(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "run",
            "--data",
            tmp.resolve("data").toString(),
            "--http-port",
            "http",
            "--roles",
            "ingest,reporting");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("--http-port (or KS1_HTTP_PORT): 'http' is not a port number")
        .contains("--roles (or KS1_ROLES): 'ingest,reporting' has reporting without aggregate")
        .contains("ks1 run did not start: 2 problems")
        .doesNotContain("Exception");
    assertThat(tmp.resolve("data")).doesNotExist();
  }
}
