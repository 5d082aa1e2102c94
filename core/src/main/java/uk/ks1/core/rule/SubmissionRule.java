package uk.ks1.core.rule;

import uk.ks1.core.event.SubmissionReceived;

/** A rule that needs the whole submission (e.g. the same UPN twice in one school's data). */
public interface SubmissionRule extends Rule {
  void check(SubmissionReceived submission, RuleContext context, IssueSink issues);
}
