package uk.ks1.core.rule;

/**
 * The rules only the store can check, because only it sees every school's current data: in the
 * vocabulary here so the store needs nothing of the executable rules.
 */
public final class StoreRules {
  /**
   * A pupil who moved: the same UPN in two schools' current data is a query for both. The store
   * computes it (view {@code pupils_in_two_schools}, listed in {@code data_errors}) from this
   * definition and template. The pupil counts once, at the school whose data has held the pupil
   * longest, until that school's data no longer holds the pupil.
   */
  public static final RuleDefinition PUPIL_IN_TWO_SCHOOLS =
      RuleDefinition.query(
              "X01",
              "The same UPN in two schools' current data (a pupil who moved)",
              "Each pupil in one school's data; a pupil who moved counts once, at the school whose"
                  + " data has held the pupil longest")
          .withMessage(
              "Row {row}, {field}: the same UPN is in the current data of school {schools}. The"
                  + " pupil counts once: {counting}. Check which school assessed the pupil."
                  + " Allowed: {allowed}.");

  private StoreRules() {}
}
