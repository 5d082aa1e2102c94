package uk.ks1.core.event;

/** What an issue takes out of the figures (docs/domain.md "Validation"). */
public enum Effect {
  /** The whole file is an upload error: nothing of it counts. */
  FILE,
  /** The pupil record counts in no figure. */
  RECORD,
  /** The pupil counts in neither this subject nor RWM. */
  SUBJECT,
  /** This scaled score is left out. */
  SCORE,
  /** Nothing: a query is listed and the data counts. */
  NONE
}
