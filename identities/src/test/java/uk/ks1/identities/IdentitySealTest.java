package uk.ks1.identities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.PupilKeys;
import uk.ks1.core.json.Json;

class IdentitySealTest {
  @TempDir Path data;

  private static final PupilKeys PUPIL_KEYS = new PupilKeys(new byte[32]);

  private IdentitySeal seal() {
    return new IdentitySeal(DataKeys.open(data, MasterKey.load(data, null)), PUPIL_KEYS);
  }

  private static SubmissionReceived submission(String id) {
    return new SubmissionReceived(
        id,
        "PHONICS",
        2025,
        new FileFacts(
            "f1", "330", "3302001_PHO.csv", "00", "CSV", 10, Instant.parse("2025-06-10T09:00:00Z")),
        "3302001",
        "Larkspur",
        List.of(
            new PupilRecord(
                2,
                "K330200110001",
                "A330200110009",
                "Wilhelmina",
                "Quaxley",
                "2018-10-03",
                "F",
                "1",
                Map.of("mark", "35"))),
        List.of(issue(Field.SURNAME, "Quaxley"), issue(Field.NC_YEAR, "7")),
        Map.of());
  }

  private static ValidationIssue issue(Field field, String value) {
    return new ValidationIssue(
        "X", Severity.QUERY, Effect.NONE, 2, field, value, "Row 2, a field", "allowed");
  }

  @Test
  void sealedSubmissionsCarryNoIdentityAndOpenToTheSameWithItsPupilKey() {
    IdentitySeal seal = seal();
    SubmissionReceived s = submission("S1");
    SubmissionReceived sealed = seal.seal(s);
    String json = new String(Json.write(sealed), StandardCharsets.UTF_8);
    assertThat(json)
        .doesNotContain("K330200110001", "A330200110009", "Wilhelmina", "Quaxley", "2018-10-03")
        .contains("\"sealed\":\"v1.", "\"pupilKey\":\"" + PUPIL_KEYS.of("K330200110001"), "\"7\"");
    SubmissionReceived read = Json.read(Json.write(sealed), SubmissionReceived.class);
    SubmissionReceived opened = seal.open(read);
    assertThat(opened.sealed()).isNull();
    assertThat(opened.pupils().get(0))
        .isEqualTo(
            s.pupils()
                .get(0)
                .withIdentities(
                    "K330200110001",
                    "A330200110009",
                    "Wilhelmina",
                    "Quaxley",
                    "2018-10-03",
                    PUPIL_KEYS.of("K330200110001")));
    assertThat(opened.parseIssues()).isEqualTo(s.parseIssues());
    // and by another process of the same data folder: the key store and master key on disk
    assertThat(seal().open(read).pupils().get(0).forename()).isEqualTo("Wilhelmina");
  }

  @Test
  void aValidatedSubmissionsIssueValuesOnPersonalFieldsAreSealedOneByOne() {
    IdentitySeal seal = seal();
    SubmissionValidated v =
        new SubmissionValidated(
            submission("S1"),
            SubmissionStatus.SUCCESSFUL,
            List.of(issue(Field.UPN, "K330200110001"), issue(Field.item("mark", "Mark"), "41")),
            Instant.parse("2025-06-10T09:01:00Z"));
    SubmissionValidated sealed = seal.seal(v);
    assertThat(sealed.issues().get(0).value()).startsWith(IdentitySeal.SEALED_VALUE);
    assertThat(sealed.issues().get(1).value()).isEqualTo("41");
    assertThat(new String(Json.write(sealed), StandardCharsets.UTF_8))
        .doesNotContain("K330200110001");
    SubmissionValidated opened = seal.open(sealed);
    assertThat(opened.issues()).isEqualTo(v.issues());
  }

  @Test
  void validationThatKeepsTheSubmissionSendsItsSealedIdentitiesOnAsTheyCame() {
    IdentitySeal seal = seal();
    SubmissionReceived received = seal.seal(submission("S1"));
    SubmissionReceived opened = seal.open(received);
    List<ValidationIssue> issues = List.of(issue(Field.UPN, "K330200110001"));
    SubmissionValidated kept =
        seal.resealed(
            new SubmissionValidated(
                opened, SubmissionStatus.SUCCESSFUL, issues, Instant.parse("2025-06-10T09:01:00Z")),
            opened,
            received);
    assertThat(kept.submission()).isSameAs(received);
    assertThat(kept.issues().get(0).value()).startsWith(IdentitySeal.SEALED_VALUE);
    SubmissionValidated read =
        Json.read(Json.write(kept), SubmissionValidated.class); // as the store's role reads it
    assertThat(seal.open(read).submission().pupils()).isEqualTo(opened.pupils());
    assertThat(seal.open(read).issues()).isEqualTo(issues);
    // a submission validation changed is sealed afresh
    SubmissionReceived changed = opened.withIdentities(opened.pupils(), List.of(), null);
    SubmissionValidated afresh =
        seal.resealed(
            new SubmissionValidated(
                changed,
                SubmissionStatus.SUCCESSFUL,
                issues,
                Instant.parse("2025-06-10T09:01:00Z")),
            opened,
            received);
    assertThat(afresh.submission().sealed()).isNotNull().isNotEqualTo(received.sealed());
    assertThat(seal.open(afresh).submission().parseIssues()).isEmpty();
  }

  @Test
  void sealedIdentitiesCannotBeMovedToAnotherSubmission() {
    IdentitySeal seal = seal();
    SubmissionReceived a = seal.seal(submission("S1"));
    SubmissionReceived b = seal.seal(submission("S2"));
    SubmissionReceived swapped = b.withIdentities(b.pupils(), b.parseIssues(), a.sealed());
    assertThatThrownBy(() -> seal.open(swapped))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The identities of submission S2 do not open with the key of 330/PHONICS/2025:"
                + " sealed with another key, or changed");
  }

  @Test
  void aDestroyedKeyRetiresTheScopesIdentitiesButNotItsPupilKeysNorOtherScopes() {
    IdentitySeal seal = seal();
    SubmissionReceived sealed = seal.seal(submission("S1"));
    SubmissionReceived other =
        seal.seal(
            new SubmissionReceived(
                "S3",
                "EYFSP",
                2025,
                sealed.file(),
                "3302001",
                "Larkspur",
                submission("S3").pupils(),
                List.of(),
                Map.of()));
    assertThat(
            DataKeys.open(data, MasterKey.load(data, null))
                .destroy(new KeyScope("330", "PHONICS", 2025)))
        .isTrue();
    IdentitySeal after = seal();
    SubmissionReceived opened = after.open(sealed);
    PupilRecord p = opened.pupils().get(0);
    assertThat(
            List.of(
                String.valueOf(p.upn()),
                String.valueOf(p.forename()),
                String.valueOf(p.dateOfBirth())))
        .containsExactly("null", "null", "null");
    assertThat(p.pupilKey()).isEqualTo(PUPIL_KEYS.of("K330200110001"));
    assertThat(p.item("mark")).isEqualTo("35");
    assertThat(opened.parseIssues().get(0).value()).isNull();
    assertThat(after.open(other).pupils().get(0).forename()).isEqualTo("Wilhelmina");
    // a late file of the retired scope gets a new key: the old identities stay beyond use
    SubmissionReceived late = after.seal(submission("S4"));
    assertThat(after.open(late).pupils().get(0).forename()).isEqualTo("Wilhelmina");
    assertThat(seal().open(sealed).pupils().get(0).forename()).isNull();
  }

  @Test
  void anotherProcessOnTheSameKeyStoreOpensWhatThisOneSealed() throws Exception {
    Path other = data.resolve("other");
    Files.createDirectories(other);
    IdentitySeal here = seal();
    Files.copy(
        data.resolve(MasterKey.FILE),
        other.resolve(MasterKey.FILE),
        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(data.resolve("keys"));
    Files.createSymbolicLink(other.resolve("keys"), data.resolve("keys"));
    IdentitySeal there =
        new IdentitySeal(DataKeys.open(other, MasterKey.load(other, null)), PUPIL_KEYS);
    SubmissionReceived sealed = here.seal(submission("S1"));
    SubmissionReceived read = Json.read(Json.write(sealed), SubmissionReceived.class);
    assertThat(there.open(read).pupils().get(0).forename()).isEqualTo("Wilhelmina");
    // a key store that never had the key: loud, not an empty identity
    Path lost = data.resolve("lost");
    IdentitySeal elsewhere =
        new IdentitySeal(DataKeys.open(lost, MasterKey.load(data, null)), PUPIL_KEYS);
    assertThatThrownBy(() -> elsewhere.open(read))
        .hasMessageStartingWith("No data key of 330/PHONICS/2025 opens S1 (key ")
        .hasMessageContaining("and none was retired");
  }

  @Test
  void aKeyAnotherProcessDestroyedIsNeitherSealedWithNorOpenedHereOnceItLooksAgain()
      throws Exception {
    IdentitySeal here = seal();
    SubmissionReceived first = here.seal(submission("S1"));
    KeyScope scope = IdentitySeal.scopeOf(first);
    String before = here.keys().forSealing(scope).id();
    // the aggregate role of a service whose ingest and validate run in this process retires it
    assertThat(DataKeys.open(data, MasterKey.load(data, null)).destroy(scope)).isTrue();
    Thread.sleep(1_100); // this process looks at the key store at most once a second
    SubmissionReceived read = Json.read(Json.write(first), SubmissionReceived.class);
    assertThat(here.open(read).pupils().get(0).forename()).as("retired").isNull();
    SubmissionReceived late = here.seal(submission("S2"));
    assertThat(here.keys().forSealing(scope).id()).isNotEqualTo(before);
    assertThat(here.open(Json.read(Json.write(late), SubmissionReceived.class)).pupils())
        .extracting(PupilRecord::forename)
        .containsExactly("Wilhelmina");
  }

  @Test
  void theKeyStoreOpensOnlyWithItsMasterKey() {
    seal().seal(submission("S1"));
    javax.crypto.SecretKey other = MasterKey.load(data.resolve("elsewhere"), null);
    assertThatThrownBy(() -> DataKeys.open(data, other))
        .hasMessageContaining("were not wrapped by this master key");
  }

  @Test
  void processesStartingTogetherOnANewDataFolderGetOneMasterKey() throws Exception {
    Path fresh = data.resolve("fresh");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<javax.crypto.SecretKey>> keys = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        keys.add(pool.submit(() -> MasterKey.load(fresh, null)));
      }
      java.util.Set<String> distinct = new java.util.HashSet<>();
      for (var k : keys) {
        distinct.add(java.util.HexFormat.of().formatHex(k.get().getEncoded()));
      }
      assertThat(distinct).hasSize(1);
      try (var files = Files.list(fresh)) {
        assertThat(files.map(f -> f.getFileName().toString())).containsExactly(MasterKey.FILE);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMasterKeyFileOthersMayReadIsRefused() throws Exception {
    MasterKey.load(data, null);
    Path file = data.resolve(MasterKey.FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> MasterKey.load(data, null))
        .hasMessageContaining("may be read or changed by others (rw-r--r--): run 'chmod 600");
    assertThatThrownBy(() -> MasterKey.load(data, "c2hvcnQ="))
        .hasMessage(
            "The master key in KS1_MASTER_KEY is 5 bytes: it must be 32 (AES-256), e.g. from"
                + " 'openssl rand -base64 32'.");
  }
}
