package uk.ks1.identities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.PupilKeys;
import uk.ks1.core.json.Json;

/**
 * Children's identities kept out of the log. Before an event reaches Kafka its pupils' UPN, former
 * UPN, forename, surname and date of birth are sealed, all of one submission together (one AES-GCM
 * message, bound to the submission and its scope), and the value found of every issue on a personal
 * field one by one ({@code sealed:v1....}); the pupil key (the keyed hash of the UPN) is set in the
 * clear, so figures and moved pupils need no identity. The roles that need identities (validation,
 * the store's identities) open them again; a scope whose key was destroyed opens to no identities
 * at all (they are retired), never to an error.
 */
public final class IdentitySeal {
  /** The prefix of a sealed value of an issue. */
  public static final String SEALED_VALUE = "sealed:v1.";

  private static final String SEALED_BLOB = "v1.";

  /** A sealed text: its key's id, then the sealed bytes ({@code <key id>.<base64>}). */
  private static String token(DataKeys.DataKey key, byte[] sealed) {
    return key.id() + "." + Base64.getEncoder().encodeToString(sealed);
  }

  private static String keyIdOf(String token) {
    int dot = token.indexOf('.');
    if (dot < 0) {
      throw new IllegalStateException("not a sealed value this release knows");
    }
    return token.substring(0, dot);
  }

  private static byte[] bytesOf(String token) {
    return Base64.getDecoder().decode(token.substring(token.indexOf('.') + 1));
  }

  private final DataKeys keys;
  private final PupilKeys pupilKeys;

  public IdentitySeal(DataKeys keys, PupilKeys pupilKeys) {
    this.keys = keys;
    this.pupilKeys = pupilKeys;
  }

  /** The key store this seal uses (a retirement in the same process destroys keys through it). */
  public DataKeys keys() {
    return keys;
  }

  /** The scope of a submission's identities: its LA, collection and year. */
  public static KeyScope scopeOf(SubmissionReceived s) {
    return new KeyScope(s.laCode(), s.collection(), s.year());
  }

  /**
   * The scope of a file's outcome (a rejected file has no collection or year of its own): its LA
   * folder, and the summer of the school year in which it was received.
   */
  public static KeyScope scopeOf(FileProcessed f) {
    String la = f.file().laFolder();
    Instant at = f.file().receivedAt() != null ? f.file().receivedAt() : Instant.EPOCH;
    var date = at.atZone(ZoneOffset.UTC);
    int summer = date.getYear() + (date.getMonthValue() >= 9 ? 1 : 0);
    return new KeyScope(la != null && la.matches("\\d{3}") ? la : "000", KeyScope.FILES, summer);
  }

  // ---- submissions

  public SubmissionReceived seal(SubmissionReceived s) {
    if (s.sealed() != null) {
      return s;
    }
    KeyScope scope = scopeOf(s);
    DataKeys.DataKey key = keys.forSealing(scope);
    ObjectNode blob = Json.mapper().createObjectNode();
    ArrayNode people = blob.putArray("p");
    List<PupilRecord> pupils = new ArrayList<>(s.pupils().size());
    for (PupilRecord p : s.pupils()) {
      ArrayNode one = people.addArray();
      one.add(p.upn()).add(p.formerUpn()).add(p.forename()).add(p.surname()).add(p.dateOfBirth());
      String pupilKey = p.pupilKey() != null ? p.pupilKey() : pupilKeys.of(p.upn());
      pupils.add(p.withIdentities(null, null, null, null, null, pupilKey));
    }
    String sealed =
        SEALED_BLOB
            + token(
                key,
                Aead.seal(key.secret(), Json.write(blob), associated(scope, s.submissionId(), "")));
    return s.withIdentities(
        pupils, sealValues(key, scope, s.submissionId(), s.parseIssues()), sealed);
  }

  /** The submission with its identities in the clear; without them if its scope is retired. */
  public SubmissionReceived open(SubmissionReceived s) {
    if (s.sealed() == null) {
      return s;
    }
    KeyScope scope = scopeOf(s);
    String text = s.sealed();
    if (!text.startsWith(SEALED_BLOB)) {
      throw new IllegalStateException(
          "The identities of submission "
              + s.submissionId()
              + " are not sealed as this release"
              + " seals them");
    }
    String sealedToken = text.substring(SEALED_BLOB.length());
    Optional<SecretKey> key = keys.forOpening(scope, keyIdOf(sealedToken));
    if (key.isEmpty()) {
      requireRetired(scope, s.submissionId() + " (key " + keyIdOf(sealedToken) + ")");
      return s.withIdentities(
          s.pupils(), openValues(keys, scope, s.submissionId(), s.parseIssues()), null);
    }
    JsonNode blob;
    try {
      byte[] plain =
          Aead.open(key.get(), bytesOf(sealedToken), associated(scope, s.submissionId(), ""));
      blob = Json.mapper().readTree(plain);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException(
          "The identities of submission "
              + s.submissionId()
              + " do not open with the key of "
              + scope.id()
              + ": sealed with another key, or changed");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode people = blob.get("p");
    if (people == null || people.size() != s.pupils().size()) {
      throw new IllegalStateException(
          "The sealed identities of submission " + s.submissionId() + " are not its pupils'");
    }
    List<PupilRecord> pupils = new ArrayList<>(s.pupils().size());
    for (int i = 0; i < s.pupils().size(); i++) {
      JsonNode one = people.get(i);
      PupilRecord p = s.pupils().get(i);
      pupils.add(
          p.withIdentities(
              text(one, 0), text(one, 1), text(one, 2), text(one, 3), text(one, 4), p.pupilKey()));
    }
    return s.withIdentities(
        pupils, openValues(keys, scope, s.submissionId(), s.parseIssues()), null);
  }

  public SubmissionValidated seal(SubmissionValidated v) {
    SubmissionReceived s = seal(v.submission());
    KeyScope scope = scopeOf(s);
    DataKeys.DataKey key = keys.forSealing(scope);
    return new SubmissionValidated(
        s, v.status(), sealValues(key, scope, s.submissionId(), v.issues()), v.validatedAt());
  }

  /**
   * A validated submission sealed for the topic, when it came {@code received} (sealed) and was
   * validated {@code opened}: if validation kept the submission as it was opened (the same object),
   * its sealed identities go on as they came and only the issues' values are sealed; else as {@link
   * #seal(SubmissionValidated)}. Sealing the same identities again cost about a CPU second over a
   * national load.
   */
  public SubmissionValidated resealed(
      SubmissionValidated v, SubmissionReceived opened, SubmissionReceived received) {
    if (v.submission() != opened || received.sealed() == null) {
      return seal(v);
    }
    KeyScope scope = scopeOf(received);
    DataKeys.DataKey key = keys.forSealing(scope);
    return new SubmissionValidated(
        received,
        v.status(),
        sealValues(key, scope, received.submissionId(), v.issues()),
        v.validatedAt());
  }

  public SubmissionValidated open(SubmissionValidated v) {
    if (v.submission() == null) {
      return v; // not a submission at all: the store says so, not this
    }
    SubmissionReceived s = open(v.submission());
    KeyScope scope = scopeOf(v.submission());
    return new SubmissionValidated(
        s, v.status(), openValues(keys, scope, s.submissionId(), v.issues()), v.validatedAt());
  }

  // ---- file outcomes

  public FileProcessed seal(FileProcessed f) {
    if (f.reasons().stream().noneMatch(IdentitySeal::personalValue)) {
      return f;
    }
    KeyScope scope = scopeOf(f);
    return f.withReasons(sealValues(keys.forSealing(scope), scope, f.file().fileId(), f.reasons()));
  }

  public FileProcessed open(FileProcessed f) {
    if (f.reasons().stream().noneMatch(IdentitySeal::sealedValue)) {
      return f;
    }
    KeyScope scope = scopeOf(f);
    return f.withReasons(openValues(keys, scope, f.file().fileId(), f.reasons()));
  }

  // ---- values of issues

  private static boolean personalValue(ValidationIssue i) {
    return i.field() != null && i.field().personal() && i.value() != null && !sealedValue(i);
  }

  private static boolean sealedValue(ValidationIssue i) {
    return i.value() != null && i.value().startsWith(SEALED_VALUE);
  }

  private static List<ValidationIssue> sealValues(
      DataKeys.DataKey key, KeyScope scope, String owner, List<ValidationIssue> issues) {
    if (issues.stream().noneMatch(IdentitySeal::personalValue)) {
      return issues;
    }
    List<ValidationIssue> out = new ArrayList<>(issues.size());
    for (ValidationIssue i : issues) {
      if (!personalValue(i)) {
        out.add(i);
        continue;
      }
      byte[] sealed =
          Aead.seal(
              key.secret(),
              i.value().getBytes(StandardCharsets.UTF_8),
              associated(scope, owner, i.field().name()));
      out.add(withValue(i, SEALED_VALUE + token(key, sealed)));
    }
    return out;
  }

  /** Opens sealed values; with no key (retired), a sealed value becomes null. */
  private static List<ValidationIssue> openValues(
      DataKeys keys, KeyScope scope, String owner, List<ValidationIssue> issues) {
    if (issues.stream().noneMatch(IdentitySeal::sealedValue)) {
      return issues;
    }
    List<ValidationIssue> out = new ArrayList<>(issues.size());
    for (ValidationIssue i : issues) {
      if (!sealedValue(i)) {
        out.add(i);
        continue;
      }
      String value = null;
      String sealedToken = i.value().substring(SEALED_VALUE.length());
      Optional<SecretKey> key = keys.forOpening(scope, keyIdOf(sealedToken));
      if (key.isEmpty()) {
        requireRetired(keys, scope, owner);
      } else {
        try {
          value =
              new String(
                  Aead.open(
                      key.get(),
                      bytesOf(sealedToken),
                      associated(scope, owner, i.field() == null ? "" : i.field().name())),
                  StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
          throw new IllegalStateException(
              "A sealed value of " + owner + " does not open with the key of " + scope.id());
        }
      }
      out.add(withValue(i, value));
    }
    return out;
  }

  /**
   * A key this process does not have is a retired one only if the key store says it was destroyed;
   * otherwise this process has the wrong key store (a role in another data folder), and reading on
   * would store no identities without anyone knowing.
   */
  private void requireRetired(KeyScope scope, String owner) {
    requireRetired(keys, scope, owner);
  }

  private static void requireRetired(DataKeys keys, KeyScope scope, String owner) {
    if (!keys.destroyed(scope)) {
      throw new IllegalStateException(
          "No data key of "
              + scope.id()
              + " opens "
              + owner
              + ", and none was retired: this process's key store ("
              + keys.describe()
              + ") is not the one that sealed it. Give every role the same key store (keys/ of"
              + " one data folder) and master key");
    }
  }

  private static ValidationIssue withValue(ValidationIssue i, String value) {
    return new ValidationIssue(
        i.ruleId(), i.severity(), i.effect(), i.row(), i.field(), value, i.message(), i.allowed());
  }

  private static String text(JsonNode array, int i) {
    JsonNode v = array.get(i);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static byte[] associated(KeyScope scope, String owner, String field) {
    return ("ks1-identities|" + scope.id() + "|" + owner + "|" + field)
        .getBytes(StandardCharsets.UTF_8);
  }
}
