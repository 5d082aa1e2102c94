package uk.ks1.reporting.http;

import uk.ks1.reporting.access.Exposure;

/**
 * A GET route (and its HEAD), or a POST action, as the gate sees it: what it exposes, which LA a
 * request is about, how its ETag is made, and the work. Every route of the server is declared this
 * way, so none can skip the gate.
 */
public record Route(String path, Exposure exposure, LaOf laOf, Tagging tagging, Work work) {

  /** How a response's ETag is made. */
  public enum Tagging {
    /** From the store's version and the caller's scope: answered 304 before any work is done. */
    STORE_VERSION,
    /** From the bytes of the answer (static assets, metrics). */
    CONTENT,
    /** None: an action's answer (a POST), never cached. */
    NONE
  }

  /** The LA a request is about (null: none in particular), to check against the scope. */
  @FunctionalInterface
  public interface LaOf {
    String of(ApiRequest request);

    LaOf NONE = r -> null;
    LaOf PATH_LA = r -> r.pathParam("la");
    LaOf PATH_SCHOOL = r -> r.pathParam("laestab").substring(0, 3);
  }

  /** The route's work: a request in, a reply out. */
  @FunctionalInterface
  public interface Work {
    Reply handle(ApiRequest request) throws Exception;
  }

  /** A POST: an action, answered without an ETag. */
  public static Route action(String path, Exposure exposure, LaOf laOf, Work work) {
    return new Route(path, exposure, laOf, Tagging.NONE, work);
  }

  public static Route figures(String path, Work work) {
    return new Route(path, Exposure.FIGURES, LaOf.NONE, Tagging.STORE_VERSION, work);
  }
}
