package uk.ks1.core.collection;

/**
 * How files carry the collection: the CTF rows (stage, subject, component, method, with aliases)
 * and template columns (with aliases) that give each item, as data.
 *
 * <p>Used by the ingest module only; a collection's definition implements it.
 */
public interface CollectionIntake {}
