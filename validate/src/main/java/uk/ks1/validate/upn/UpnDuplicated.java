package uk.ks1.validate.upn;

import java.util.HashMap;
import java.util.Map;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.identity.Upn;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.RuleDefinition;
import uk.ks1.core.rule.SubmissionRule;

/** DfE 1520: a UPN appears once in a submission; every record sharing one is in error. */
public final class UpnDuplicated implements SubmissionRule {
  static final RuleDefinition RULE =
      RuleDefinition.error(
              "1520",
              Effect.RECORD,
              "More than one pupil record with the same UPN",
              "Each UPN once in a school's submission")
          .withMessage(
              "Row {row}, {field}: the same UPN is given to {count} pupils in this file, and none"
                  + " of them counts. Each pupil has their own UPN: correct the duplicates."
                  + " Allowed: {allowed}.");

  @Override
  public RuleDefinition definition() {
    return RULE;
  }

  @Override
  public void check(SubmissionReceived submission, RuleContext context, IssueSink issues) {
    Map<String, Integer> counts = new HashMap<>();
    for (PupilRecord p : submission.pupils()) {
      String upn = Upn.normalise(p.upn());
      if (!upn.isEmpty()) {
        counts.merge(upn, 1, Integer::sum);
      }
    }
    for (PupilRecord p : submission.pupils()) {
      String upn = Upn.normalise(p.upn());
      int n = counts.getOrDefault(upn, 0);
      if (n > 1) {
        issues.report(RULE, p.row(), Field.UPN, upn, Map.of("count", n));
      }
    }
  }
}
