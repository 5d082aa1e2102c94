package uk.ks1.identities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import uk.ks1.core.json.Json;

/**
 * The key store: one AES-256 data key per {@link KeyScope}, each wrapped (AES-GCM) by the master
 * key, in {@code <data>/keys/data-keys.json}, written whole and moved into place so a crash never
 * leaves half a store. A key is made the first time its scope's identities are sealed. Destroying a
 * scope's key (retirement) removes its wrapped key from the file and records when, so every copy of
 * those identities in the log is beyond use. Back this file up with the data folder: it is useless
 * without the master key, and the identities are useless without it.
 */
public final class DataKeys {
  public static final String FILE = "keys/data-keys.json";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final SecretKey master;
  private final Clock clock;
  private final Map<String, DataKey> keys = new ConcurrentHashMap<>();
  private final java.util.Set<String> destroyedIds = ConcurrentHashMap.newKeySet();

  /** A scope's key and its id (a new key, with a new id, after a destroyed one). */
  public record DataKey(String id, SecretKey secret) {}

  private DataKeys(Path file, SecretKey master, Clock clock) {
    this.file = file;
    this.master = master;
    this.clock = clock;
  }

  /** The key store of a data folder, unwrapped with {@code master}. */
  public static DataKeys open(Path dataDir, SecretKey master) {
    DataKeys k = new DataKeys(dataDir.resolve(FILE), master, Clock.systemUTC());
    k.reload();
    return k;
  }

  /**
   * The scope's key, made (and stored) if it has none yet. After a retirement destroyed it, a late
   * file of the scope gets a new key, with a new id: what the old one sealed stays beyond use.
   */
  public DataKey forSealing(KeyScope scope) {
    readAgainIfChanged();
    DataKey key = keys.get(scope.id());
    return key != null ? key : create(scope);
  }

  /**
   * The scope's key for opening, if it has one: another process (the ingest role) may have made it
   * since this one read the file, so a miss reads the file again.
   */
  public Optional<SecretKey> forOpening(KeyScope scope, String keyId) {
    readAgainIfChanged(); // a key another process destroyed opens nothing here either
    DataKey key = keys.get(scope.id());
    if (key == null || !key.id().equals(keyId)) {
      synchronized (this) {
        reload();
        key = keys.get(scope.id());
      }
    }
    return key != null && key.id().equals(keyId) ? Optional.of(key.secret()) : Optional.empty();
  }

  /** Destroys the scope's key; true if it had one. Its identities can no longer be opened. */
  public synchronized boolean destroy(KeyScope scope) {
    ObjectNode root = read();
    boolean had = ((ObjectNode) root.get("keys")).remove(scope.id()) != null;
    ((ObjectNode) root.get("destroyed")).put(scope.id(), clock.instant().toString());
    // (the scope's latest retirement: a key made since for a late file is destroyed with it)
    write(root);
    keys.remove(scope.id());
    return had;
  }

  /** Where the store is and which keys it holds (ids, never keys), for error messages. */
  public String describe() {
    StringBuilder b =
        new StringBuilder(file.toString())
            .append(Files.exists(file) ? "" : " (no such file)")
            .append(":");
    keys.forEach((scope, key) -> b.append(' ').append(scope).append('=').append(key.id()));
    return b.toString();
  }

  /** Every scope with a key, as the file has them now. */
  public synchronized java.util.List<KeyScope> scopes() {
    java.util.List<KeyScope> out = new java.util.ArrayList<>();
    read().get("keys").fieldNames().forEachRemaining(id -> out.add(KeyScope.parse(id)));
    return out;
  }

  /** Whether the scope's key was destroyed (its identities retired), as the file says now. */
  public boolean destroyed(KeyScope scope) {
    if (destroyedIds.contains(scope.id())) {
      return true;
    }
    synchronized (this) {
      reload();
      return destroyedIds.contains(scope.id());
    }
  }

  private synchronized DataKey create(KeyScope scope) {
    DataKey existing = keys.get(scope.id());
    if (existing != null) {
      return existing;
    }
    ObjectNode root = read();
    JsonNode stored = root.get("keys").get(scope.id());
    if (stored == null) {
      byte[] raw = new byte[32];
      RANDOM.nextBytes(raw);
      byte[] idBytes = new byte[6];
      RANDOM.nextBytes(idBytes);
      String id = java.util.HexFormat.of().formatHex(idBytes);
      ObjectNode entry = Json.mapper().createObjectNode();
      entry.put("id", id);
      entry.put(
          "wrapped",
          Base64.getEncoder().encodeToString(Aead.seal(master, raw, associated(scope, id))));
      entry.put("createdAt", clock.instant().toString());
      ((ObjectNode) root.get("keys")).set(scope.id(), entry);
      write(root);
    }
    reloadFrom(root);
    return keys.get(scope.id());
  }

  private void reload() {
    reloadFrom(read());
  }

  /** How often, at most, the file is looked at for changes another process made. */
  private static final long LOOK_EVERY_NANOS = 1_000_000_000L;

  private volatile long lookedAt = System.nanoTime();
  private volatile java.nio.file.attribute.FileTime seen;

  /**
   * Reads the file again when another process changed it since (a retirement by the aggregate role
   * of a service whose ingest runs elsewhere destroyed a key): a late file is then sealed with a
   * new key, not the destroyed one this process still remembers. Looked at once a second at most.
   */
  private void readAgainIfChanged() {
    long now = System.nanoTime();
    if (now - lookedAt < LOOK_EVERY_NANOS) {
      return;
    }
    lookedAt = now;
    try {
      java.nio.file.attribute.FileTime modified =
          Files.exists(file) ? Files.getLastModifiedTime(file) : null;
      if (modified != null && !modified.equals(seen)) {
        synchronized (this) {
          reload();
          seen = modified;
        }
      }
    } catch (IOException e) {
      // the next look tries again; the keys known stay in use meanwhile
    }
  }

  private void reloadFrom(ObjectNode root) {
    Iterator<Map.Entry<String, JsonNode>> it = root.get("keys").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getValue().get("id").asText();
      DataKey known = keys.get(e.getKey());
      if (known == null || !known.id().equals(id)) {
        KeyScope scope = KeyScope.parse(e.getKey());
        byte[] wrapped = Base64.getDecoder().decode(e.getValue().get("wrapped").asText());
        try {
          keys.put(
              e.getKey(),
              new DataKey(
                  id, new SecretKeySpec(Aead.open(master, wrapped, associated(scope, id)), "AES")));
        } catch (AEADBadTagException bad) {
          throw new IllegalStateException(
              "The data keys in "
                  + file
                  + " were not wrapped by this master key (KS1_MASTER_KEY or "
                  + MasterKey.FILE
                  + "): use the master key this data folder was made with");
        }
      }
    }
    keys.keySet().removeIf(id -> !root.get("keys").has(id));
    root.get("destroyed").fieldNames().forEachRemaining(destroyedIds::add);
  }

  private ObjectNode read() {
    try {
      if (!Files.exists(file)) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("version", 1);
        root.putObject("keys");
        root.putObject("destroyed");
        return root;
      }
      return (ObjectNode) Json.mapper().readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the key store " + file, e);
    }
  }

  private void write(ObjectNode root) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(
          tmp,
          Json.mapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(root)
              .getBytes(StandardCharsets.UTF_8));
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system
      }
      try (var ch =
          java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the key store " + file, e);
    }
  }

  private static byte[] associated(KeyScope scope, String id) {
    return ("ks1-data-key|" + scope.id() + "|" + id).getBytes(StandardCharsets.UTF_8);
  }
}
