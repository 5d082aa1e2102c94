package uk.ks1.validate.rule;

import uk.ks1.collections.ks1ta.CodeSets;
import uk.ks1.core.collection.CollectionDates;
import uk.ks1.core.collection.CollectionYear;
import uk.ks1.core.identity.LaRegistry;

/**
 * What rules need to know beyond the record: the collection year, its dates (the Year 2 birth
 * window, the end of the academic year) and codes, and the LA codes. All of it is data.
 */
public record RuleContext(
    CollectionYear collectionYear, CollectionDates.Dates dates, CodeSets codeSets, LaRegistry las) {
  public static RuleContext standard(int year) {
    CollectionYear y = CollectionYear.ks1(year);
    return new RuleContext(
        y, CollectionDates.standard().of(y), CodeSets.standard(), LaRegistry.standard());
  }

  public int year() {
    return collectionYear.year();
  }
}
