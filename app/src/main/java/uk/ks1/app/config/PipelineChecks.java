package uk.ks1.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.ks1.app.pipeline.PupilKeySecret;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.core.collection.CollectionWindow;
import uk.ks1.core.collection.CollectionYear;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.school.Deadline;

/** The checks of the settings every command that runs the pipeline takes. */
final class PipelineChecks {
  static final int MAX_FILE_MB_MIN = 1;
  static final int MAX_FILE_MB_MAX = 1024;
  static final int SETTLE_MS_MAX = 60_000;

  /**
   * HOST:PORT, the host a name, an IPv4 address or a bracketed IPv6 one, maybe after a listener's
   * name ({@code PLAINTEXT://}), which Kafka's clients accept.
   */
  private static final Pattern BOOTSTRAP_SERVER =
      Pattern.compile("(?:[A-Za-z_]+://)?(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]):([0-9]{1,5})");

  private final Checks checks;
  private final LocalDate today;

  PipelineChecks(Checks checks, LocalDate today) {
    this.checks = checks;
    this.today = today;
  }

  /** The summers a year setting may name: those the code sets cover, up to next summer. */
  private CollectionWindow allowedYears() {
    int first =
        Registered.collections().all().stream()
            .mapToInt(d -> d.rules().firstYear())
            .min()
            .orElseThrow();
    return new CollectionWindow(first, CollectionYear.currentSummer(today) + 1);
  }

  /** Whether some registered collection's code sets cover the summer. */
  private static boolean covered(int year) {
    return Registered.collections().all().stream().anyMatch(d -> d.rules().coversYear(year));
  }

  /**
   * "KS1, Phonics and EYFSP": the registered collections' short names, as the message names their
   * code sets.
   */
  private static String collections() {
    List<String> names =
        Registered.collections().all().stream()
            .map(d -> d.reporting().labels().shortName())
            .toList();
    int last = names.size() - 1;
    return last == 0
        ? names.get(0)
        : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
  }

  int year() {
    CollectionWindow allowed = allowedYears();
    Optional<SettingValue> value = checks.value(Setting.YEAR);
    if (value.isEmpty()) {
      return CollectionYear.currentSummer(today);
    }
    OptionalInt year = wholeNumber(value.get().text());
    if (year.isPresent() && allowed.contains(year.getAsInt()) && covered(year.getAsInt())) {
      return year.getAsInt();
    }
    checks.problem(
        value.get(),
        value.get().quoted()
            + " is not a summer the "
            + collections()
            + " code sets cover: use a year from "
            + allowed.describe()
            + ".");
    return CollectionYear.currentSummer(today);
  }

  /** The collection window: any year unless one is set, within the years a setting may name. */
  CollectionWindow window() {
    Optional<SettingValue> value = checks.value(Setting.YEARS);
    if (value.isEmpty() || value.get().text().isBlank()) {
      return CollectionWindow.ANY;
    }
    CollectionWindow allowed = allowedYears();
    Optional<CollectionWindow> window = CollectionWindow.parse(value.get().text());
    if (window.isPresent()
        && allowed.contains(window.get().first())
        && allowed.contains(window.get().last())) {
      return window.get();
    }
    checks.problem(
        value.get(),
        value.get().quoted()
            + " is not a year or a range of years (first-last) from "
            + allowed.describe()
            + ", e.g. 2023 or 2022-2023.");
    return CollectionWindow.ANY;
  }

  /** The bootstrap servers; null for the embedded broker. */
  String kafka() {
    Optional<SettingValue> value = checks.value(Setting.KAFKA);
    if (value.isEmpty() || value.get().text().isBlank()) {
      return null;
    }
    for (String server : value.get().text().split(",", -1)) {
      var m = BOOTSTRAP_SERVER.matcher(server.strip());
      if (!m.matches()
          || Integer.parseInt(m.group(1)) < 1
          || Integer.parseInt(m.group(1)) > 65535) {
        checks.problem(
            value.get(),
            value.get().quoted()
                + " is not a list of Kafka bootstrap servers: use HOST:PORT, several separated by"
                + " commas, e.g. kafka:9092.");
        return null;
      }
    }
    return value.get().text().strip();
  }

  long maxFileBytes() {
    OptionalLong mb =
        checks.wholeNumber(
            checks.valueOrDefault(Setting.MAX_FILE_MB),
            MAX_FILE_MB_MIN,
            MAX_FILE_MB_MAX,
            "a whole number of MB");
    return mb.orElse(0) * 1024 * 1024;
  }

  long settleMillis() {
    return checks
        .wholeNumber(
            checks.valueOrDefault(Setting.SETTLE_MS),
            0,
            SETTLE_MS_MAX,
            "a whole number of milliseconds")
        .orElse(0);
  }

  /** The strict-mode LAs; every code that is not a current LA is named in one problem. */
  Set<String> strictLas() {
    Optional<SettingValue> value = checks.value(Setting.STRICT_LAS);
    Set<String> las = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (String raw : value.map(v -> v.text().split(",")).orElse(new String[0])) {
      String la = raw.strip();
      if (la.isEmpty()) {
        continue;
      }
      if (LaRegistry.standard().isCurrent(la)) {
        las.add(la);
      } else {
        wrong.add("'" + la + "'");
      }
    }
    if (!wrong.isEmpty()) {
      checks.problem(
          value.get(),
          String.join(", ", wrong)
              + (wrong.size() == 1 ? " is not" : " are not")
              + " one of the 153 English LA codes, e.g. 330 for Birmingham.");
    }
    return las;
  }

  /**
   * The deadlines, {@code COLLECTION=yyyy-MM-dd} or {@code COLLECTION@LA=yyyy-MM-dd}, comma
   * separated; every entry that is not one is named in one problem.
   */
  List<Deadline> deadlines(uk.ks1.core.collection.CollectionRegistry collections) {
    Optional<SettingValue> value = checks.value(Setting.DEADLINES);
    List<Deadline> deadlines = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (String raw : value.map(v -> v.text().split(",")).orElse(new String[0])) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("([A-Za-z0-9_]+)(?:@(\\d{3}))?=(\\d{4}-\\d{2}-\\d{2})")
              .matcher(entry);
      Optional<String> collection =
          m.matches()
              ? collections.all().stream()
                  .map(uk.ks1.core.collection.CollectionDefinition::id)
                  .filter(id -> id.equalsIgnoreCase(m.group(1)))
                  .findFirst()
              : Optional.empty();
      if (collection.isEmpty()
          || (m.group(2) != null && !LaRegistry.standard().isCurrent(m.group(2)))) {
        wrong.add("'" + entry + "'");
        continue;
      }
      try {
        deadlines.add(
            new Deadline(collection.get(), m.group(2), java.time.LocalDate.parse(m.group(3))));
      } catch (java.time.format.DateTimeParseException e) {
        wrong.add("'" + entry + "'");
      }
    }
    if (!wrong.isEmpty()) {
      checks.problem(
          value.get(),
          String.join(", ", wrong)
              + (wrong.size() == 1 ? " is not" : " are not")
              + " a deadline: COLLECTION=yyyy-MM-dd or COLLECTION@LA=yyyy-MM-dd, the collection"
              + " one of "
              + String.join(
                  ", ",
                  collections.all().stream()
                      .map(uk.ks1.core.collection.CollectionDefinition::id)
                      .toList())
              + " and the LA one of the 153 English LA codes (e.g. PHONICS@330=2026-06-26).");
    }
    return List.copyOf(deadlines);
  }

  /** The secret from KS1_PUPIL_KEY, else the data folder's file when it exists (never shown). */
  void pupilKey(Optional<Path> data) {
    Optional<SettingValue> value = checks.value(Setting.PUPIL_KEY);
    if (value.isPresent()) {
      PupilKeySecret.whyNot(value.get().text())
          .ifPresent(why -> checks.problem(value.get(), "the secret " + why));
      return;
    }
    Optional<Path> file =
        data.map(d -> d.resolve(PupilKeySecret.FILE)).filter(Files::isRegularFile);
    if (file.isEmpty()) {
      return;
    }
    SettingValue inFile =
        new SettingValue(Setting.PUPIL_KEY, file.get().toString(), Origin.file(file.get()));
    try {
      String text = new String(Files.readAllBytes(file.get()), StandardCharsets.ISO_8859_1);
      PupilKeySecret.whyNot(text).ifPresent(why -> checks.problem(inFile, "the secret " + why));
    } catch (IOException e) {
      checks.problem(inFile, "the secret cannot be read by this user.");
    }
  }

  private static OptionalInt wholeNumber(String text) {
    try {
      return OptionalInt.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
