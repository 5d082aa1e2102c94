package uk.ks1.validate.rule;

import uk.ks1.core.codes.CodeSets;
import uk.ks1.core.collection.CollectionYear;
import uk.ks1.core.identity.LaRegistry;

/** What rules need to know beyond the record: the collection year, its codes, the LA codes. */
public record RuleContext(CollectionYear collectionYear, CodeSets codeSets, LaRegistry las) {
  public static RuleContext standard(int year) {
    return new RuleContext(CollectionYear.ks1(year), CodeSets.standard(), LaRegistry.standard());
  }

  public int year() {
    return collectionYear.year();
  }
}
