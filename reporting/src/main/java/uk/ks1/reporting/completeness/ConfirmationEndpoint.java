package uk.ks1.reporting.completeness;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ks1.aggregate.schools.Confirmations;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.SchoolConfirmed;
import uk.ks1.reporting.access.Exposure;
import uk.ks1.reporting.http.ApiRequest;
import uk.ks1.reporting.http.CollectionChoice;
import uk.ks1.reporting.http.Reply;
import uk.ks1.reporting.http.Route;
import uk.ks1.reporting.store.StoreReads;

/**
 * {@code POST /api/schools/{laestab}/confirmation?collection=&year=} with {@code {"by": "Mrs A
 * Khan", "note": "..."}}: the headteacher's confirmation of the school's return, as {@code ./ks1
 * confirm} records it, for the LA's own token only. Refused (409) unless the return has no error
 * left; otherwise sent on {@code ks1.schools.v1} as an event (202), which the store takes as it
 * reads it, so a rebuild keeps it.
 */
public final class ConfirmationEndpoint {
  /** Where the confirmations go: the broker of the service this server is part of. */
  @FunctionalInterface
  public interface Sink {
    void send(SchoolConfirmed confirmation) throws Exception;
  }

  private final StoreReads store;
  private final CollectionChoice collections;
  private final Clock clock;
  private volatile Sink sink;

  public ConfirmationEndpoint(StoreReads store, CollectionChoice collections, Clock clock) {
    this.store = store;
    this.collections = collections;
    this.clock = clock;
  }

  /** Confirmations are taken once a sink is given (a server without one answers 503). */
  public void sendTo(Sink sink) {
    this.sink = sink;
  }

  public List<Route> routes() {
    return List.of(
        Route.action(
            "/api/schools/{laestab}/confirmation",
            Exposure.LA_ACTION,
            Route.LaOf.PATH_SCHOOL,
            this::confirm));
  }

  private Reply confirm(ApiRequest r) throws Exception {
    String laestab = r.pathParam("laestab");
    CollectionDefinition d = collections.of(r);
    JsonNode body = r.jsonBody();
    String by = text(body, "by", 200);
    if (by == null) {
      throw new ApiRequest.BadRequest("\"by\" must name who confirmed (at most 200 characters)");
    }
    String note = text(body, "note", 2000);
    int year = r.year(store.read(c -> CompletenessEndpoint.latestYear(c, d.id())));
    Optional<String> refused = store.read(c -> Confirmations.refusal(c, laestab, d.id(), year));
    if (refused.isPresent()) {
      return Reply.json(409, Map.of("error", refused.get()));
    }
    Sink to = sink;
    if (to == null) {
      return Reply.json(
          503, Map.of("error", "This server does not take confirmations: use ./ks1 confirm"));
    }
    SchoolConfirmed event =
        new SchoolConfirmed(
            EventIds.random("confirmed"),
            laestab.substring(0, 3),
            laestab,
            d.id(),
            year,
            by,
            note,
            clock.instant());
    to.send(event);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("accepted", true);
    out.put("eventId", event.eventId());
    out.put("laestab", laestab);
    out.put("collection", d.id());
    out.put("year", year);
    out.put("confirmedBy", by);
    out.put("note", note);
    out.put("confirmedAt", event.confirmedAt());
    return Reply.json(202, out);
  }

  /** A text field stripped, null when absent or blank; too long is the client's mistake. */
  private static String text(JsonNode body, String field, int max) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new ApiRequest.BadRequest("\"" + field + "\" must be text");
    }
    String t = v.asText().strip();
    if (t.length() > max) {
      throw new ApiRequest.BadRequest("\"" + field + "\" is longer than " + max + " characters");
    }
    return t.isEmpty() ? null : t;
  }
}
