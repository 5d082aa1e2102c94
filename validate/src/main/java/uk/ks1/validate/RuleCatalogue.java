package uk.ks1.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.ks1.core.rule.FileMessage;
import uk.ks1.core.rule.FileRules;
import uk.ks1.core.rule.ParserQueries;
import uk.ks1.core.rule.RuleDefinition;
import uk.ks1.core.rule.StoreRules;
import uk.ks1.validate.pupil.DateOfBirthAfterYearEnd;
import uk.ks1.validate.pupil.DateOfBirthInvalid;
import uk.ks1.validate.pupil.DateOfBirthOutsideYearTwo;
import uk.ks1.validate.pupil.ForenameMissing;
import uk.ks1.validate.pupil.NcYearNotTwo;
import uk.ks1.validate.pupil.SexInvalid;
import uk.ks1.validate.pupil.SurnameMissing;
import uk.ks1.validate.result.AbsentInAllSubjects;
import uk.ks1.validate.result.PreKeyStageWithExpected;
import uk.ks1.validate.result.ResultCodeValid;
import uk.ks1.validate.result.ResultMissing;
import uk.ks1.validate.result.ScaledScoreValid;
import uk.ks1.validate.result.ScienceExpectedWithPreKeyStage;
import uk.ks1.validate.rule.PupilRule;
import uk.ks1.validate.rule.SubmissionRule;
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
 * The table in docs/rules.md is generated from {@link #definitions()}.
 */
public final class RuleCatalogue {
  private final List<SubmissionRule> submissionRules;
  private final List<PupilRule> pupilRules;

  private RuleCatalogue(List<SubmissionRule> submissionRules, List<PupilRule> pupilRules) {
    this.submissionRules = List.copyOf(submissionRules);
    this.pupilRules = List.copyOf(pupilRules);
  }

  public static RuleCatalogue standard() {
    return new RuleCatalogue(
        List.of(new UpnDuplicated()),
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
            new SexInvalid(),
            new DateOfBirthOutsideYearTwo(),
            new NcYearNotTwo(),
            new ResultCodeValid(),
            new ResultMissing(),
            new ScaledScoreValid(),
            new PreKeyStageWithExpected(),
            new AbsentInAllSubjects(),
            new ScienceExpectedWithPreKeyStage()));
  }

  public List<SubmissionRule> submissionRules() {
    return submissionRules;
  }

  public List<PupilRule> pupilRules() {
    return pupilRules;
  }

  /**
   * Every rule's definition in documented order: file-level, then UPN (DfE numbers, then ours),
   * pupil, results, parser queries, and the cross-school and strict-mode rules.
   */
  public List<RuleDefinition> definitions() {
    List<RuleDefinition> rules = new ArrayList<>();
    submissionRules.forEach(r -> rules.add(r.definition()));
    pupilRules.forEach(r -> rules.add(r.definition()));
    rules.add(ParserQueries.UNKNOWN_COMPONENT);
    rules.add(ParserQueries.OTHER_YEAR);
    rules.sort(
        Comparator.comparingInt((RuleDefinition d) -> group(d.id()))
            .thenComparing(RuleDefinition::id));
    List<RuleDefinition> all = new ArrayList<>(FileRules.ALL);
    all.addAll(rules);
    all.add(StoreRules.PUPIL_IN_TWO_SCHOOLS);
    all.add(StrictMode.RULE);
    return all;
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
    return Character.isDigit(id.charAt(0)) ? 0 : 1 + "UPR".indexOf(id.charAt(0));
  }
}
