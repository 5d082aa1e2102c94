package uk.ks1.core.collection;

/**
 * How the store keeps the collection: its pupil table, the counts per school (as data, so SQL and
 * the writer's tally come from one declaration) and the views of its summaries.
 *
 * <p>Used by the aggregate module only; a collection's definition implements it.
 */
public interface CollectionStore {}
