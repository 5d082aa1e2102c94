package uk.ks1.core.collection;

/**
 * The collection's own rules (pupil-level and cross-item) and what they need: code sets per year,
 * year groups, dates.
 *
 * <p>Used by the validate module only; a collection's definition implements it.
 */
public interface CollectionRules {}
