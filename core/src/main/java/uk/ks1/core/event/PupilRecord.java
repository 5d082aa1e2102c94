package uk.ks1.core.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import uk.ks1.core.collection.Item;

/**
 * One pupil as the file gave it: raw values, unvalidated, with the row they came from. {@code
 * items} maps each of the collection's item ids to its raw text (a missing entry or blank text is
 * "not given"); which items there are is the collection definition's business.
 *
 * <p>{@code pupilKey} is the blind number that stands for the pupil (the keyed hash of its UPN),
 * set when the identities are sealed for the log: in the log, UPN, former UPN, names and date of
 * birth are null here and sealed in the submission ({@link SubmissionReceived#sealed()}), so the
 * key is what lets figures and moved pupils be worked out without them (and after they are
 * retired). Null in records not yet sealed and in events written before sealing.
 */
public record PupilRecord(
    int row,
    String upn,
    String formerUpn,
    String forename,
    String surname,
    String dateOfBirth,
    String sex,
    String ncYear,
    Map<String, String> items,
    String pupilKey) {

  public PupilRecord {
    items = items.isEmpty() ? Map.of() : Map.copyOf(items);
  }

  /** A pupil as a parser reads it: no pupil key yet. */
  public PupilRecord(
      int row,
      String upn,
      String formerUpn,
      String forename,
      String surname,
      String dateOfBirth,
      String sex,
      String ncYear,
      Map<String, String> items) {
    this(row, upn, formerUpn, forename, surname, dateOfBirth, sex, ncYear, items, null);
  }

  /** The same pupil with these identities (null: none) and pupil key. */
  public PupilRecord withIdentities(
      String upn,
      String formerUpn,
      String forename,
      String surname,
      String dateOfBirth,
      String pupilKey) {
    return new PupilRecord(
        row, upn, formerUpn, forename, surname, dateOfBirth, sex, ncYear, items, pupilKey);
  }

  /** The raw text of an item, or null when not given. */
  public String item(String itemId) {
    return items.get(itemId);
  }

  /** The raw text of an item (the NC year for {@link Item#ncYear} items), or null. */
  public String item(Item item) {
    return item.isNcYear() ? ncYear : items.get(item.id());
  }

  /** The same pupil with other item values. */
  public PupilRecord withItems(Map<String, String> items) {
    return new PupilRecord(
        row, upn, formerUpn, forename, surname, dateOfBirth, sex, ncYear, items, pupilKey);
  }

  /**
   * Reads a record from an event. Events written before collections were definitions (topic version
   * 1 until December 2026) carried {@code results} keyed by subject ("READING") and {@code
   * scaledScores} keyed by score ("READING" for the reading score): their keys become the item ids
   * the store's columns had ("reading", "reading_score"), so an old log rebuilds the same store.
   */
  @JsonCreator
  static PupilRecord fromEvent(
      @JsonProperty("row") int row,
      @JsonProperty("upn") String upn,
      @JsonProperty("formerUpn") String formerUpn,
      @JsonProperty("forename") String forename,
      @JsonProperty("surname") String surname,
      @JsonProperty("dateOfBirth") String dateOfBirth,
      @JsonProperty("sex") String sex,
      @JsonProperty("ncYear") String ncYear,
      @JsonProperty("items") Map<String, String> items,
      @JsonProperty("results") Map<String, String> legacyResults,
      @JsonProperty("scaledScores") Map<String, String> legacyScores,
      @JsonProperty("pupilKey") String pupilKey) {
    Map<String, String> all = new HashMap<>();
    if (legacyResults != null) {
      legacyResults.forEach((k, v) -> all.put(k.toLowerCase(Locale.ROOT), v));
    }
    if (legacyScores != null) {
      legacyScores.forEach((k, v) -> all.put(k.toLowerCase(Locale.ROOT) + "_score", v));
    }
    if (items != null) {
      all.putAll(items);
    }
    all.values().removeIf(java.util.Objects::isNull);
    return new PupilRecord(
        row, upn, formerUpn, forename, surname, dateOfBirth, sex, ncYear, all, pupilKey);
  }
}
