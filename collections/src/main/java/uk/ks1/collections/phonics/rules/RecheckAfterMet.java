package uk.ks1.collections.phonics.rules;

import uk.ks1.core.rule.RuleDefinition;

/**
 * S07: a Year 2 result for a pupil who met the standard in Year 1 last year. Only the store sees
 * it, where it holds last year's phonics data: its view ({@code PhonicsViews.recheckAfterMet})
 * writes the issues with this rule's message, listed in {@code data_errors}.
 */
public final class RecheckAfterMet {
  public static final RuleDefinition RULE =
      RuleDefinition.query(
              "S07",
              "A Year 2 phonics result for a pupil who met the standard in Year 1 last year (where"
                  + " the store holds last year's results)",
              "Year 2 results only for pupils who did not meet the standard in Year 1, or were not"
                  + " checked")
          .withMessage(
              "Row {row}, {field}: a Year 2 result, but the pupil met the standard in Year 1 in"
                  + " {lastYear} (a mark of {lastMark} at school {lastSchool}). The record counts;"
                  + " check the pupil's NC year and UPN, and whether the re-check was needed."
                  + " Allowed: {allowed}.");

  private RecheckAfterMet() {}
}
