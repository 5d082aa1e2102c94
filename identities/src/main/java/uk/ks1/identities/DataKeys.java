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
  private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();

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

  /** The scope's key, made (and stored) if it has none yet; refused if it was destroyed. */
  public SecretKey forSealing(KeyScope scope) {
    SecretKey key = keys.get(scope.id());
    return key != null ? key : create(scope);
  }

  /**
   * The scope's key for opening, if it has one: another process (the ingest role) may have made it
   * since this one read the file, so a miss reads the file again.
   */
  public Optional<SecretKey> forOpening(KeyScope scope) {
    SecretKey key = keys.get(scope.id());
    if (key == null) {
      synchronized (this) {
        reload();
        key = keys.get(scope.id());
      }
    }
    return Optional.ofNullable(key);
  }

  /** Destroys the scope's key; true if it had one. Its identities can no longer be opened. */
  public synchronized boolean destroy(KeyScope scope) {
    ObjectNode root = read();
    boolean had = ((ObjectNode) root.get("keys")).remove(scope.id()) != null;
    ((ObjectNode) root.get("destroyed")).put(scope.id(), clock.instant().toString());
    write(root);
    keys.remove(scope.id());
    return had;
  }

  /** Whether the scope's key was destroyed (its identities retired). */
  public synchronized boolean destroyed(KeyScope scope) {
    return read().get("destroyed").has(scope.id());
  }

  private synchronized SecretKey create(KeyScope scope) {
    SecretKey existing = keys.get(scope.id());
    if (existing != null) {
      return existing;
    }
    ObjectNode root = read();
    if (root.get("destroyed").has(scope.id())) {
      throw new IllegalStateException(
          "The identities of "
              + scope.id()
              + " were retired: their key is destroyed, and none is made again for that scope");
    }
    JsonNode stored = root.get("keys").get(scope.id());
    if (stored == null) {
      byte[] raw = new byte[32];
      RANDOM.nextBytes(raw);
      ObjectNode entry = Json.mapper().createObjectNode();
      entry.put(
          "wrapped", Base64.getEncoder().encodeToString(Aead.seal(master, raw, associated(scope))));
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

  private void reloadFrom(ObjectNode root) {
    Iterator<Map.Entry<String, JsonNode>> it = root.get("keys").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!keys.containsKey(e.getKey())) {
        KeyScope scope = KeyScope.parse(e.getKey());
        byte[] wrapped = Base64.getDecoder().decode(e.getValue().get("wrapped").asText());
        try {
          keys.put(
              e.getKey(), new SecretKeySpec(Aead.open(master, wrapped, associated(scope)), "AES"));
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

  private static byte[] associated(KeyScope scope) {
    return ("ks1-data-key|" + scope.id()).getBytes(StandardCharsets.UTF_8);
  }
}
