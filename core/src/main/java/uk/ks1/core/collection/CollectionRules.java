package uk.ks1.core.collection;

import java.util.List;
import uk.ks1.core.rule.PupilRule;
import uk.ks1.core.rule.SubmissionRule;

/**
 * The collection's own rules (its year group, its items' codes and the queries across its items),
 * run after the identity rules every collection shares; and the years its code sets cover.
 *
 * <p>Used by the validate module only; a collection's definition implements it.
 */
public interface CollectionRules {

  /** Its rules about one pupil, in the order they run (issues of a row keep that order). */
  List<PupilRule> pupilRules();

  /** Its rules that need the whole submission. */
  default List<SubmissionRule> submissionRules() {
    return List.of();
  }

  /**
   * The rules of the queries its store computes ({@link CollectionStore#issueViews()}), for the
   * catalogue: they need other submissions or years than the one validated. None by default.
   */
  default List<uk.ks1.core.rule.RuleDefinition> storeRules() {
    return List.of();
  }

  /** Whether its code sets cover the summer of {@code year}. */
  boolean coversYear(int year);

  /** The earliest summer its code sets cover. */
  int firstYear();
}
