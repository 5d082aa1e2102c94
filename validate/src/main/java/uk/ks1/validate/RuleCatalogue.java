package uk.ks1.validate;

import java.util.ArrayList;
import java.util.List;
import uk.ks1.validate.file.FileRules;
import uk.ks1.validate.result.ResultCodeValid;
import uk.ks1.validate.result.ResultMissing;
import uk.ks1.validate.rule.PupilRule;
import uk.ks1.validate.rule.RuleDefinition;
import uk.ks1.validate.rule.SubmissionRule;
import uk.ks1.validate.upn.UpnCheckLetter;
import uk.ks1.validate.upn.UpnDuplicated;
import uk.ks1.validate.upn.UpnFinalCharacter;
import uk.ks1.validate.upn.UpnLaCode;
import uk.ks1.validate.upn.UpnLength;
import uk.ks1.validate.upn.UpnMissing;
import uk.ks1.validate.upn.UpnSerialDigits;
import uk.ks1.validate.upn.UpnTemporary;

/** Every rule, in the order they are reported and documented. README's table is made from this. */
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
            new ResultMissing(),
            new ResultCodeValid()));
  }

  public List<SubmissionRule> submissionRules() {
    return submissionRules;
  }

  public List<PupilRule> pupilRules() {
    return pupilRules;
  }

  /** Every rule's definition: file-level, then submission and pupil rules, by id. */
  public List<RuleDefinition> definitions() {
    List<RuleDefinition> all = new ArrayList<>(FileRules.ALL);
    submissionRules.forEach(r -> all.add(r.definition()));
    pupilRules.forEach(r -> all.add(r.definition()));
    all.sort(java.util.Comparator.comparing(RuleDefinition::id));
    return all;
  }
}
