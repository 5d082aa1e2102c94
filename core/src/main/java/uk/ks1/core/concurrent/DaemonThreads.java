package uk.ks1.core.concurrent;

import java.util.concurrent.ThreadFactory;

/**
 * Threads for the service's own background work (a timer, a feed, a second core's share of a
 * solve): named, so a thread dump says whose they are, and daemons, so none keeps the process up.
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** A factory of daemon threads called {@code name}. */
  public static ThreadFactory named(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
