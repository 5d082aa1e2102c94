package uk.ks1.validate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionYear;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.rule.IssueSink;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.RuleContext;
import uk.ks1.core.rule.SubmissionRule;
import uk.ks1.validate.strict.StrictMode;

/**
 * Runs the whole catalogue over one school's submission and says what counts: pure, no broker. The
 * status is "successful with errors" when any record, subject or score is excluded, and "upload
 * error" when the school's LA is in strict mode and there is any error at all.
 */
public final class SubmissionValidator {
  private final RuleCatalogue catalogue;
  private final StrictMode strict;

  public SubmissionValidator(RuleCatalogue catalogue) {
    this(catalogue, StrictMode.off());
  }

  public SubmissionValidator(RuleCatalogue catalogue, StrictMode strict) {
    this.catalogue = catalogue;
    this.strict = strict;
  }

  public SubmissionValidated validate(SubmissionReceived submission, Instant validatedAt) {
    RuleContext context =
        RuleContext.of(new CollectionYear(submission.collection(), submission.year()));
    RuleCatalogue.Rules rules = catalogue.of(submission.collection());
    IssueSink sink = new IssueSink();
    sink.addAll(submission.parseIssues());
    for (SubmissionRule rule : rules.submissionRules()) {
      rule.check(submission, context, sink);
    }
    for (PupilRecord pupil : submission.pupils()) {
      for (PupilRule rule : rules.pupilRules()) {
        rule.check(pupil, context, sink);
      }
    }
    List<ValidationIssue> issues = sink.inFileOrder();
    long errors = issues.stream().filter(ValidationIssue::isError).count();
    if (errors > 0 && strict.appliesTo(submission.laCode())) {
      IssueSink rejection = new IssueSink();
      rejection.report(
          StrictMode.RULE,
          null,
          Field.FILE,
          String.valueOf(errors),
          Map.of("la", submission.laCode(), "errors", errors));
      List<ValidationIssue> all = new ArrayList<>(rejection.inFileOrder());
      all.addAll(issues);
      return new SubmissionValidated(submission, SubmissionStatus.UPLOAD_ERROR, all, validatedAt);
    }
    SubmissionStatus status =
        errors > 0 ? SubmissionStatus.SUCCESSFUL_WITH_ERRORS : SubmissionStatus.SUCCESSFUL;
    return new SubmissionValidated(submission, status, issues, validatedAt);
  }
}
