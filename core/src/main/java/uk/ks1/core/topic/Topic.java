package uk.ks1.core.topic;

/** A topic of the catalogue: its name, what its key is, and the type of its values. */
public record Topic(String name, String key, Class<?> valueType) {}
