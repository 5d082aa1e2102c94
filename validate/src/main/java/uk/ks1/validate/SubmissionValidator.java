package uk.ks1.validate;

import java.time.Instant;
import java.util.List;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.validate.rule.IssueSink;
import uk.ks1.validate.rule.PupilRule;
import uk.ks1.validate.rule.RuleContext;
import uk.ks1.validate.rule.SubmissionRule;

/**
 * Runs the whole catalogue over one school's submission and says what counts: pure, no broker. The
 * status is "successful with errors" when any record or subject is excluded.
 */
public final class SubmissionValidator {
  private final RuleCatalogue catalogue;

  public SubmissionValidator(RuleCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public SubmissionValidated validate(SubmissionReceived submission, Instant validatedAt) {
    RuleContext context = RuleContext.standard(submission.year());
    IssueSink sink = new IssueSink();
    sink.addAll(submission.parseIssues());
    for (SubmissionRule rule : catalogue.submissionRules()) {
      rule.check(submission, context, sink);
    }
    for (PupilRecord pupil : submission.pupils()) {
      for (PupilRule rule : catalogue.pupilRules()) {
        rule.check(pupil, context, sink);
      }
    }
    List<ValidationIssue> issues = sink.inFileOrder();
    SubmissionStatus status =
        issues.stream().anyMatch(ValidationIssue::isError)
            ? SubmissionStatus.SUCCESSFUL_WITH_ERRORS
            : SubmissionStatus.SUCCESSFUL;
    return new SubmissionValidated(submission, status, issues, validatedAt);
  }
}
