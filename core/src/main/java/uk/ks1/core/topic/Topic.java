package uk.ks1.core.topic;

import uk.ks1.core.event.Inbound;

/**
 * A topic of the catalogue: its name, what its key is, and the type of its values, which is what a
 * consumer decodes them as.
 */
public record Topic<V extends Inbound>(String name, String key, Class<V> valueType) {}
