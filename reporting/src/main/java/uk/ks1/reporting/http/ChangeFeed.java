package uk.ks1.reporting.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import uk.ks1.core.concurrent.DaemonThreads;
import uk.ks1.core.json.Json;

/**
 * The server-sent-events stream of "figures changed": every open dashboard hears of each committed
 * batch and refetches what it shows (with If-None-Match, so unchanged parts cost a 304). Events
 * carry only the store's version, never figures, so the stream needs no access check. Every write
 * (the first event, changes, heartbeats) runs on the feed's one thread, so a slow client never
 * holds up the aggregate role and two writes never race on one stream (a write that overlapped
 * another failed, and its client was let go).
 *
 * <p>A client that has gone is only found by writing to it (the server never reads the stream), so
 * a heartbeat comment goes to every subscriber when nothing else has: a closed client fails the
 * next write or the one after and is let go with its connection. At most {@link
 * ReportingConfig.Events#maxSubscribers()} listen at once; more are refused before the stream
 * opens.
 */
public final class ChangeFeed implements AutoCloseable {
  public static final String EVENT = "figures-changed";
  static final String HEARTBEAT = "heartbeat";
  private static final int RETRY_AFTER_SECONDS = 5;

  private final ReportingConfig.Events limits;
  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("ks1-change-feed"));
  private final AtomicBoolean pending = new AtomicBoolean();
  private LongSupplier version = () -> 0;

  ChangeFeed(ReportingConfig.Events limits) {
    this.limits = limits;
    long every = limits.heartbeat().toMillis();
    sender.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
  }

  void versionFrom(LongSupplier version) {
    this.version = version;
  }

  /**
   * {@code /api/events} (GET and HEAD; the gate has admitted the token): 503 when the feed is full,
   * before anything is kept open; otherwise the stream.
   */
  Handler handler() {
    SseHandler stream = new SseHandler(0, this::subscribe);
    return ctx -> {
      if (clients.size() >= limits.maxSubscribers()) {
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        Gate.refuse(
            ctx,
            503,
            "The server already keeps "
                + limits.maxSubscribers()
                + " dashboards up to date, the most it takes; try again later");
      } else if (ctx.method() == HandlerType.HEAD) {
        ctx.status(200).contentType("text/event-stream");
      } else {
        stream.handle(ctx);
      }
    };
  }

  /**
   * A new subscriber: kept open, told the current version at once. Subscribers that came in
   * together past the check for room are closed at once, so the cap holds.
   */
  void subscribe(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    synchronized (clients) {
      if (clients.size() >= limits.maxSubscribers()) {
        client.close();
        return;
      }
      clients.add(client);
    }
    try {
      sender.execute(() -> send(client)); // one writer thread: a heartbeat never races this send
    } catch (RejectedExecutionException e) {
      client.close(); // the feed is closing
    }
  }

  /** The store changed: tell every subscriber (changes in quick succession coalesce). */
  public void changed() {
    if (sender.isShutdown() || !pending.compareAndSet(false, true)) {
      return; // closed (the store may still commit while the service stops), or already queued
    }
    try {
      sender.execute(
          () -> {
            pending.set(false);
            clients.forEach(this::send);
          });
    } catch (RejectedExecutionException e) {
      pending.set(false); // closed between the check and the hand-over
    }
  }

  public int subscribers() {
    return clients.size();
  }

  private void heartbeat() {
    for (SseClient client : clients) {
      if (client.terminated()) {
        clients.remove(client);
        continue;
      }
      try {
        client.sendComment(HEARTBEAT); // a failed write closes the client: onClose removes it
      } catch (RuntimeException e) {
        client.close();
      }
    }
  }

  private void send(SseClient client) {
    if (client.terminated()) {
      clients.remove(client);
      return;
    }
    try {
      client.sendEvent(EVENT, new String(Json.write(Map.of("version", version.getAsLong()))));
    } catch (RuntimeException e) {
      client.close();
    }
  }

  @Override
  public void close() {
    sender.shutdownNow();
    clients.forEach(SseClient::close);
    try {
      sender.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
