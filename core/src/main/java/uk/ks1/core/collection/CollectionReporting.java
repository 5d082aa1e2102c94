package uk.ks1.core.collection;

/**
 * What people see of the collection: measures and labels for the API, dashboard and PDFs, and its
 * published cells.
 *
 * <p>Used by the reporting module only; a collection's definition implements it.
 */
public interface CollectionReporting {}
