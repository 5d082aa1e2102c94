package uk.ks1.core.rule;

import uk.ks1.core.event.PupilRecord;

/** A rule about one pupil record on its own. */
public interface PupilRule extends Rule {
  void check(PupilRecord pupil, RuleContext context, IssueSink issues);
}
