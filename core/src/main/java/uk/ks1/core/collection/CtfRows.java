package uk.ks1.core.collection;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The CTF {@code StageAssessment} rows that carry a collection's results: the stages and methods
 * (each with its aliases), optionally the subjects, and the (Subject, Component) pair of each item
 * with its aliases, first the one a school's system most likely writes. All codes are compared
 * case-insensitively and without surrounding space.
 *
 * @param stages the {@code Stage} codes of its key stage block ({@code KS1})
 * @param methods the {@code Method} codes of its results ({@code TA}); empty: any method
 * @param subjects the {@code Subject} codes of its results; empty: any subject (a pair the
 *     components do not know is then a query, R20, rather than a row of another collection)
 * @param components every known (Subject, Component) pair and the item it gives
 * @param keyedOnComponent whether a row whose pair is unknown, but whose Component is known under
 *     another Subject, gives that Component's item (with a query naming both: EYFSP's goals E01-E17
 *     are the Components, their areas the Subjects, and the area is a check)
 */
public record CtfRows(
    Set<String> stages,
    Set<String> methods,
    Set<String> subjects,
    List<Component> components,
    boolean keyedOnComponent) {

  /**
   * One (Subject, Component) pair and the id of the item it carries; when {@code codeItem} is not
   * null, a Result that is not a whole number goes to that item instead (phonics' PHO/PHO holds a
   * mark, or A, D, L or Q in place of one).
   */
  public record Component(String subject, String component, String item, String codeItem) {
    public Component(String subject, String component, String item) {
      this(subject, component, item, null);
    }

    /** The item a Result of this pair gives. */
    public String itemFor(String result) {
      return codeItem == null || isWholeNumber(result) ? item : codeItem;
    }

    private static boolean isWholeNumber(String result) {
      if (result == null) {
        return true;
      }
      String r = result.strip();
      if (r.isEmpty()) {
        return true;
      }
      for (int i = 0; i < r.length(); i++) {
        if (r.charAt(i) < '0' || r.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }
  }

  public CtfRows(
      Set<String> stages, Set<String> methods, Set<String> subjects, List<Component> components) {
    this(stages, methods, subjects, components, false);
  }

  public CtfRows {
    stages = normalised(stages);
    methods = normalised(methods);
    subjects = normalised(subjects);
    components = List.copyOf(components);
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a collection's CTF rows need at least one stage");
    }
    Map<String, String> seen = new HashMap<>();
    for (Component c : components) {
      if (keyedOnComponent) {
        String other = seen.put("*/" + code(c.component()), c.item());
        if (other != null && !other.equals(c.item())) {
          throw new IllegalArgumentException(
              c.component() + " gives both " + other + " and " + c.item());
        }
      }
      String before = seen.put(key(c.subject(), c.component()), c.item());
      if (before != null && !before.equals(c.item())) {
        throw new IllegalArgumentException(
            c.subject() + "/" + c.component() + " gives both " + before + " and " + c.item());
      }
    }
  }

  /**
   * The first pair of each item, as a message names what is known: {@code "PHO/PHO (mark), PHO/OUT
   * (outcome)"}.
   */
  public String known() {
    Map<String, Component> first = new LinkedHashMap<>();
    components.forEach(c -> first.putIfAbsent(c.item(), c));
    return first.values().stream()
        .map(c -> c.subject() + "/" + c.component() + " (" + c.item() + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * The pairs of a CSV resource with columns {@code subject,component,item} and optionally {@code
   * code_item} ({@code #} starts a comment line), read relative to {@code owner}'s class loader.
   */
  public static List<Component> components(Class<?> owner, String resource) {
    List<Component> components = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Reference file missing from the build: " + resource);
      }
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setCommentMarker('#')
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreSurroundingSpaces(true)
              .get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String codeItem =
            r.isMapped("code_item") && !r.get("code_item").isBlank() ? r.get("code_item") : null;
        components.add(
            new Component(r.get("subject"), r.get("component"), r.get("item"), codeItem));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return components;
  }

  private static Set<String> normalised(Set<String> codes) {
    return codes.stream().map(CtfRows::code).collect(Collectors.toUnmodifiableSet());
  }

  private static String code(String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }

  /** How a (Subject, Component) pair is looked up: {@code "PHO/PHO"}, case and space ignored. */
  public static String key(String subject, String component) {
    return code(subject) + "/" + code(component);
  }
}
