package uk.ks1.ingest.route;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.core.text.LogText;

/**
 * The inbox entries left alone because they are not regular files (symbolic links to files or
 * folders, dangling or looping links, named pipes, devices, sockets): each is named in the log once
 * when first seen, not at every poll, and again only if it goes and comes back. An entry is
 * forgotten after a run of polls that did not see it.
 */
final class NotRegularEntries {
  private static final Logger LOG = LoggerFactory.getLogger(NotRegularEntries.class);

  private final Map<String, String> known = new ConcurrentHashMap<>();
  private final Set<String> seenThisRun = ConcurrentHashMap.newKeySet();

  /** {@code relative} (330/steal) was seen in a poll; {@code kind} says what it is. */
  void seen(String relative, String kind) {
    seenThisRun.add(relative);
    if (known.put(relative, kind) == null) {
      LOG.warn(
          "Left in the inbox, not read: {} is {}. The inbox takes regular files only, never"
              + " through a link: remove it and drop the file itself.",
          LogText.escape(relative),
          kind);
    }
  }

  /** A run of polls ended: what it did not see has gone. */
  void runEnded() {
    known.keySet().retainAll(seenThisRun);
    seenThisRun.clear();
  }

  /** What is left alone now, as LA/path and what it is, in path order. */
  List<String> current() {
    return new TreeMap<>(known)
        .entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
  }
}
