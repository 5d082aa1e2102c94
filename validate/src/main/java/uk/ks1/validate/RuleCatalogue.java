package uk.ks1.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.rule.FileMessage;
import uk.ks1.core.rule.FileRules;
import uk.ks1.core.rule.ParserQueries;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleDefinition;
import uk.ks1.core.rule.StoreRules;
import uk.ks1.core.rule.SubmissionRule;
import uk.ks1.validate.pupil.DateOfBirthAfterYearEnd;
import uk.ks1.validate.pupil.DateOfBirthInvalid;
import uk.ks1.validate.pupil.ForenameMissing;
import uk.ks1.validate.pupil.SexInvalid;
import uk.ks1.validate.pupil.SurnameMissing;
import uk.ks1.validate.strict.StrictMode;
import uk.ks1.validate.upn.UpnCheckLetter;
import uk.ks1.validate.upn.UpnDuplicated;
import uk.ks1.validate.upn.UpnFinalCharacter;
import uk.ks1.validate.upn.UpnLaCode;
import uk.ks1.validate.upn.UpnLength;
import uk.ks1.validate.upn.UpnMissing;
import uk.ks1.validate.upn.UpnSerialDigits;
import uk.ks1.validate.upn.UpnTemporary;

/**
 * Every rule, in the order they are documented: file-level (ingest), UPN, pupil, results, then the
 * rules that need more than one submission (the store's cross-school query, an LA's strict mode).
 * The identity rules (UPN, names, sex, date of birth) are every collection's; each registered
 * collection adds its own (its definition's {@code rules()}), run after them. The table in
 * docs/rules.md is generated from {@link #definitions()}.
 */
public final class RuleCatalogue {
  /** The rules every collection shares, in the order they run. */
  private static final List<SubmissionRule> SHARED_SUBMISSION_RULES = List.of(new UpnDuplicated());

  private static final List<PupilRule> SHARED_PUPIL_RULES =
      List.of(
          new UpnMissing(),
          new UpnLength(),
          new UpnCheckLetter(),
          new UpnLaCode(),
          new UpnSerialDigits(),
          new UpnFinalCharacter(),
          new UpnTemporary(),
          new ForenameMissing(),
          new SurnameMissing(),
          new DateOfBirthInvalid(),
          new DateOfBirthAfterYearEnd(),
          new SexInvalid());

  /** A collection's rules: the shared ones, then its own. */
  record Rules(List<SubmissionRule> submissionRules, List<PupilRule> pupilRules) {}

  private final Map<String, Rules> byCollection = new LinkedHashMap<>();
  private final CollectionRegistry collections;

  private RuleCatalogue(CollectionRegistry collections) {
    this.collections = collections;
    for (CollectionDefinition d : collections.all()) {
      List<SubmissionRule> submission = new ArrayList<>(SHARED_SUBMISSION_RULES);
      submission.addAll(d.rules().submissionRules());
      List<PupilRule> pupil = new ArrayList<>(SHARED_PUPIL_RULES);
      pupil.addAll(d.rules().pupilRules());
      byCollection.put(d.id(), new Rules(List.copyOf(submission), List.copyOf(pupil)));
    }
  }

  /** The catalogue of the registered collections. */
  public static RuleCatalogue of(CollectionRegistry collections) {
    return new RuleCatalogue(collections);
  }

  /** The rules a submission of {@code collection} runs. */
  Rules of(String collection) {
    Rules rules = byCollection.get(collection);
    if (rules == null) {
      throw new IllegalArgumentException(
          "no rules for collection " + collection + " (registered: " + byCollection.keySet() + ")");
    }
    return rules;
  }

  /** The submission rules a submission of {@code collection} runs, in order. */
  public List<SubmissionRule> submissionRules(String collection) {
    return of(collection).submissionRules();
  }

  /** The pupil rules a submission of {@code collection} runs, in order. */
  public List<PupilRule> pupilRules(String collection) {
    return of(collection).pupilRules();
  }

  /**
   * Every rule's definition in documented order: file-level, then UPN (DfE numbers, then ours),
   * pupil, results, parser queries, and the cross-school and strict-mode rules. A rule two
   * collections share is listed once.
   */
  public List<RuleDefinition> definitions() {
    Set<RuleDefinition> rules = new LinkedHashSet<>();
    for (Rules r : byCollection.values()) {
      r.submissionRules().forEach(rule -> rules.add(rule.definition()));
      r.pupilRules().forEach(rule -> rules.add(rule.definition()));
    }
    for (CollectionDefinition d : collections.all()) {
      rules.addAll(d.rules().storeRules());
    }
    rules.add(ParserQueries.UNKNOWN_COMPONENT);
    rules.add(ParserQueries.OTHER_YEAR);
    rules.add(ParserQueries.SUBJECT_MISMATCH);
    List<RuleDefinition> sorted = new ArrayList<>(rules);
    sorted.sort(
        Comparator.comparingInt((RuleDefinition d) -> group(d.id()))
            .thenComparing(RuleDefinition::id));
    List<RuleDefinition> all = new ArrayList<>(FileRules.ALL);
    all.addAll(sorted);
    all.add(StoreRules.PUPIL_IN_TWO_SCHOOLS);
    all.add(StrictMode.RULE);
    return all;
  }

  /**
   * The definitions as the store's {@code rules} table lists them: a file rule that names a
   * collection's results or columns by placeholder ({results}, {itemColumns}...) in the words of
   * the first registered collection, as its files get it.
   */
  public List<RuleDefinition> storedDefinitions() {
    Map<String, String> words = collections.all().get(0).intake().ruleWords();
    return definitions().stream().map(r -> FileRules.worded(r, words)).toList();
  }

  /**
   * The messages of the file rules raised in several situations, each rule's in turn (a rule with
   * one message has it as its template).
   */
  public List<FileMessage> fileMessages() {
    return FileRules.messages();
  }

  /** DfE's numbers first, then our ids by letter: U (UPN), P (pupil), R (results). */
  private static int group(String id) {
    // DfE's numbered UPN rules, then ours (U), pupil (P), phonics (S), EYFSP (L), results (R)
    if (Character.isDigit(id.charAt(0))) {
      return 0;
    }
    int at = "UPSLR".indexOf(id.charAt(0));
    return at < 0 ? 6 : 1 + at;
  }
}
