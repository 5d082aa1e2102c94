package uk.ks1.core.rule;

import uk.ks1.core.collection.CollectionDates;
import uk.ks1.core.collection.CollectionYear;
import uk.ks1.core.identity.LaRegistry;

/**
 * What rules need to know beyond the record: the collection and year, its dates (the year group's
 * birth window, the end of the academic year) and the LA codes. All of it is data. A collection's
 * own code sets are its definition's business, read by its own rules.
 */
public record RuleContext(
    CollectionYear collectionYear, CollectionDates.Dates dates, LaRegistry las) {

  /** The context of a collection's year, with the standard dates and LA codes. */
  public static RuleContext of(CollectionYear year) {
    return new RuleContext(year, CollectionDates.standard().of(year), LaRegistry.standard());
  }

  public int year() {
    return collectionYear.year();
  }
}
