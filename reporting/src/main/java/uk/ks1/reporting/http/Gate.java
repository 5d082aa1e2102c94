package uk.ks1.reporting.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.json.Json;
import uk.ks1.reporting.access.AccessTokens;
import uk.ks1.reporting.access.Scope;
import uk.ks1.reporting.store.StoreReads.StoreReadException;

/**
 * The one filter every route goes through: resolves the caller's scope from the bearer token,
 * refuses what the scope may not see (before any work), tags the answer with an ETag and answers
 * 304 when the caller already has it. Routes get the scope and shape what they read by it.
 */
public final class Gate {
  private static final Logger LOG = LoggerFactory.getLogger(Gate.class);
  private static final String BEARER = "Bearer";

  private final AccessTokens tokens;
  private final StoreVersion version;
  private final int defaultYear;

  public Gate(AccessTokens tokens, StoreVersion version, int defaultYear) {
    this.tokens = tokens;
    this.version = version;
    this.defaultYear = defaultYear;
  }

  /** The scope of a request's bearer token: anonymous without one, empty if it is unknown. */
  public Optional<Scope> scopeOf(Context ctx) {
    return scopeOf(ctx.header("Authorization"));
  }

  /**
   * The scope of an {@code Authorization} header: the scheme is matched in any case, as RFC 9110
   * says ({@code bearer}, {@code BEARER}), and one or more spaces may follow it.
   */
  Optional<Scope> scopeOf(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return Optional.of(Scope.ANONYMOUS);
    }
    String auth = authorization.strip();
    int space = auth.indexOf(' ');
    if (space < 0 || !auth.substring(0, space).equalsIgnoreCase(BEARER)) {
      return Optional.empty();
    }
    String token = auth.substring(space + 1).strip();
    return token.isEmpty() ? Optional.empty() : tokens.scopeOf(token);
  }

  /**
   * For the event stream, which carries no figures (only "figures changed"): anyone may listen, but
   * an unrecognised token is refused as on every other route, never taken as anonymous.
   */
  public Handler admit() {
    return ctx -> {
      if (scopeOf(ctx).isEmpty()) {
        refuse(ctx, 401, "The access token is not recognised");
        ctx.skipRemainingHandlers();
      }
    };
  }

  public Handler guard(Route route) {
    return ctx -> {
      ctx.header("Vary", "Authorization");
      // revalidate figures each time (the ETag makes that cheap); keep nothing of pupils' rows
      ctx.header("Cache-Control", route.exposure().carriesIdentities() ? "no-store" : "no-cache");
      ctx.header("X-Content-Type-Options", "nosniff");
      Optional<Scope> resolved = scopeOf(ctx);
      if (resolved.isEmpty()) {
        refuse(ctx, 401, "The access token is not recognised");
        return;
      }
      Scope scope = resolved.get();
      try {
        ApiRequest request = new ApiRequest(ctx, scope, defaultYear);
        String la = route.laOf().of(request);
        if (!route.exposure().allows(scope, la)) {
          refuse(
              ctx,
              scope.isAnonymous() ? 401 : 403,
              scope.isAnonymous()
                  ? "This needs an access token"
                  : "This access token does not reach " + (la == null ? "this" : "LA " + la));
          return;
        }
        String storeTag = null;
        if (route.tagging() == Route.Tagging.STORE_VERSION) {
          // read before the work, so a batch committed meanwhile changes the next tag
          storeTag = etag(version.tag() + "-" + scope.id());
          if (notModified(ctx, storeTag)) {
            return;
          }
        }
        Reply reply = route.work().handle(request);
        if (route.tagging() == Route.Tagging.NONE) {
          send(ctx, reply, null);
          return;
        }
        String tag = storeTag != null ? storeTag : etag(sha256(reply.body()));
        if (reply.status() == 200 && storeTag == null && notModified(ctx, tag)) {
          return;
        }
        send(ctx, reply, tag);
      } catch (ApiRequest.BadRequest e) {
        refuse(ctx, 400, e.getMessage());
      } catch (StoreReadException e) {
        LOG.warn("{} failed: {}", ctx.path(), e.getMessage());
        refuse(ctx, 500, "The store could not be read; try again");
      }
    };
  }

  private static boolean notModified(Context ctx, String tag) {
    String match = ctx.header("If-None-Match");
    if (match != null && matches(match, tag)) {
      ctx.header("ETag", tag);
      ctx.status(304);
      return true;
    }
    return false;
  }

  /** If-None-Match may list several tags, strong or weak; weak comparison as RFC 9110 says. */
  static boolean matches(String ifNoneMatch, String tag) {
    String opaque = tag.substring(2);
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals("*") || c.equals(tag) || c.equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static void send(Context ctx, Reply reply, String tag) {
    ctx.status(reply.status());
    if (reply.status() == 200 && tag != null) {
      ctx.header("ETag", tag);
    }
    if (reply.fileName() != null) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + reply.fileName() + "\"");
    }
    ctx.contentType(reply.contentType());
    ctx.result(reply.body());
  }

  /** An answer that is not the route's: a status and the reason, as JSON. */
  static void refuse(Context ctx, int status, String why) {
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"ks1\"");
    }
    ctx.status(status);
    ctx.contentType(Reply.JSON);
    ctx.result(Json.write(Map.of("error", why)));
  }

  /** Weak tags: the same figures may be served with different encodings. */
  private static String etag(String value) {
    return "W/\"" + value + "\"";
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(EventIds.sha256().digest(bytes), 0, 12);
  }
}
