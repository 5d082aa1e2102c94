package uk.ks1.reporting.http;

import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import uk.ks1.core.json.Json;

/**
 * The server-sent-events stream of "figures changed": every open dashboard hears of each committed
 * batch and refetches what it shows (with If-None-Match, so unchanged parts cost a 304). Events
 * carry only the store's version, never figures, so the stream needs no access check. Sending runs
 * on its own thread, so a slow client never holds up the aggregate role.
 */
public final class ChangeFeed implements AutoCloseable {
  public static final String EVENT = "figures-changed";

  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "ks1-change-feed");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean pending = new AtomicBoolean();
  private LongSupplier version = () -> 0;

  void versionFrom(LongSupplier version) {
    this.version = version;
  }

  /** A new subscriber: kept open, told the current version at once. */
  void subscribe(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    clients.add(client);
    send(client);
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
    } catch (java.util.concurrent.RejectedExecutionException e) {
      pending.set(false); // closed between the check and the hand-over
    }
  }

  public int subscribers() {
    return clients.size();
  }

  private void send(SseClient client) {
    if (client.terminated()) {
      clients.remove(client);
      return;
    }
    try {
      client.sendEvent(EVENT, new String(Json.write(Map.of("version", version.getAsLong()))));
    } catch (RuntimeException e) {
      clients.remove(client);
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
