package uk.ks1.core.collection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The collections a process understands, as the app registers them, in registration order. */
public final class CollectionRegistry {
  private final Map<String, CollectionDefinition> byId = new LinkedHashMap<>();

  public CollectionRegistry(List<? extends CollectionDefinition> definitions) {
    for (CollectionDefinition d : definitions) {
      if (byId.putIfAbsent(d.id(), d) != null) {
        throw new IllegalArgumentException("collection " + d.id() + " is registered twice");
      }
    }
    if (byId.isEmpty()) {
      throw new IllegalArgumentException("no collection is registered");
    }
  }

  public static CollectionRegistry of(CollectionDefinition... definitions) {
    return new CollectionRegistry(List.of(definitions));
  }

  public List<CollectionDefinition> all() {
    return List.copyOf(byId.values());
  }

  public Optional<CollectionDefinition> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The definition of a collection an event names; an unknown id is a programming error. */
  public CollectionDefinition of(String id) {
    CollectionDefinition d = byId.get(id);
    if (d == null) {
      throw new IllegalArgumentException(
          "collection " + id + " is not registered (registered: " + byId.keySet() + ")");
    }
    return d;
  }
}
