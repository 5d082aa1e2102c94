package uk.ks1.reporting.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.identity.LaRegistry;

/**
 * The configured access tokens, held only as SHA-256 hashes: one per line, {@code <sha256 hex>
 * la:<LA code>} or {@code <sha256 hex> national}, {@code #} starts a comment. A token presented
 * with a request is hashed and looked up, so the configuration never holds a usable token.
 */
public final class AccessTokens {
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  private final Map<String, Scope> byHash;

  private AccessTokens(Map<String, Scope> byHash) {
    this.byHash = Map.copyOf(byHash);
  }

  public static AccessTokens none() {
    return new AccessTokens(Map.of());
  }

  /** Reads a tokens file; a missing file means no tokens (everything is anonymous). */
  public static AccessTokens read(Path file) {
    if (file == null || !Files.exists(file)) {
      return none();
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the access tokens in " + file, e);
    }
  }

  /**
   * Parses tokens text (lines, or entries separated by {@code ;} as in an environment variable).
   * Every bad line is reported at once, and nothing starts with a half-read configuration.
   */
  public static AccessTokens parse(String text, String where) {
    Map<String, Scope> byHash = new HashMap<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("[\\r\\n;]+");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replaceFirst("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+");
      String hash = parts[0].toLowerCase(Locale.ROOT);
      Optional<Scope> scope = parts.length == 2 ? scope(parts[1]) : Optional.empty();
      if (!HASH.matcher(hash).matches() || scope.isEmpty()) {
        problems.add(
            "entry "
                + (i + 1)
                + ": expected '<sha256 of the token, 64 hex digits> la:<LA code>|national'");
      } else {
        byHash.put(hash, scope.get());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Access tokens in " + where + " are not valid: " + String.join("; ", problems));
    }
    return new AccessTokens(byHash);
  }

  private static Optional<Scope> scope(String text) {
    if (text.equals("national")) {
      return Optional.of(Scope.NATIONAL);
    }
    if (text.startsWith("la:") && LaRegistry.standard().isCurrent(text.substring(3))) {
      return Optional.of(Scope.la(text.substring(3)));
    }
    return Optional.empty();
  }

  /** The scope of a presented token; empty when the token is not configured. */
  public Optional<Scope> scopeOf(String token) {
    return Optional.ofNullable(byHash.get(sha256(token)));
  }

  public int size() {
    return byHash.size();
  }

  /** The hex SHA-256 of a token: what the configuration holds. */
  public static String sha256(String token) {
    return EventIds.sha256Hex(token);
  }
}
