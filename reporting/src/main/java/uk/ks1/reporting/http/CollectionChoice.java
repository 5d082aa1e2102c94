package uk.ks1.reporting.http;

import java.util.List;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;

/**
 * Which registered collection a request is about: {@code ?collection=} names one by its id, and
 * without it the first the app registered (what the dashboard shows) is meant. An id that is not
 * registered is the client's mistake: a 400 that lists those that are.
 */
public final class CollectionChoice {
  private final CollectionRegistry registry;

  public CollectionChoice(CollectionRegistry registry) {
    this.registry = registry;
  }

  /** The collection the dashboard shows and a request means when it names none. */
  public CollectionDefinition primary() {
    return registry.all().get(0);
  }

  public CollectionDefinition of(ApiRequest r) {
    String id = r.query("collection");
    if (id == null) {
      return primary();
    }
    return registry
        .find(id)
        .orElseThrow(
            () ->
                new ApiRequest.BadRequest(
                    "'" + id + "' is not a valid collection: one of " + String.join(", ", ids())));
  }

  /** Every registered collection, in registration order. */
  public List<CollectionDefinition> registered() {
    return registry.all();
  }

  private List<String> ids() {
    return registry.all().stream().map(CollectionDefinition::id).toList();
  }
}
