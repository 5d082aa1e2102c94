package uk.ks1.core.rule;

/** A validation rule: it knows its definition and reports every violation it finds. */
public interface Rule {
  RuleDefinition definition();
}
