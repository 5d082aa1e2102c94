package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.event.EventIds;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TemplateBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * A hostile LA user's inbox attacks on the real service ({@code ks1 run} in its own JVM, real
 * broker and DuckDB, a 1 MB file limit): links to folders (another LA's done/, a folder outside the
 * data folder), to files ({@code /etc/passwd}, a return outside), dangling and looping links, a
 * named pipe, {@code /dev/zero}, a device, a file growing past the limit, a name with a newline,
 * and an {@code Error} while a file is read. After each, a good file in another LA's folder is
 * counted; nothing outside the data folder is read, moved or written (a sentinel folder is checked
 * to the byte and the modification time); {@code /health} follows whether the intake can run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
class HostileInboxIT {
  private static final Pattern PUPILS = Pattern.compile("\"pupils\":(\\d+)");

  @TempDir static Path tmp;
  private Path data;
  private Path sentinel;
  private Path hold;
  private Path jvmTmp;
  private Map<String, String> sentinelBefore;
  private Map<String, String> done886Before;
  private RunningService service;
  private String base;
  private final HttpClient http = HttpClient.newHttpClient();
  private int schools;

  @BeforeAll
  void start() throws Exception {
    data = tmp.resolve("data");
    sentinel = tmp.resolve("sentinel");
    // a return of LA 330's own school outside the data folder: followed, it would be counted
    CtfBuilder.school("3302050").pupil(pupil("330", "2050", 1)).writeTo(sentinel, "return.xml");
    Files.writeString(sentinel.resolve("secret.txt"), "TOP-SECRET-CANARY");
    Files.createDirectories(sentinel.resolve("inner"));
    Files.writeString(sentinel.resolve("inner/notes.csv"), "a,b\r\n");
    for (String f : List.of("return.xml", "secret.txt", "inner/notes.csv")) {
      Files.setLastModifiedTime(
          sentinel.resolve(f), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    }
    sentinelBefore = state(sentinel);
    // LA 886's archived return, with pupil identities
    CtfBuilder.school("8862001")
        .pupil(pupil("886", "2001", 1))
        .writeTo(data.resolve("done/886"), "archived.xml");
    done886Before = state(data.resolve("done/886"));
    hold = tmp.resolve("hold");
    jvmTmp = Files.createDirectories(tmp.resolve("jvm-tmp"));
    service =
        RunningService.start(
            List.of(
                "-Dks1.fault.intake-hold=" + hold,
                "-Dks1.fault.intake-error=oom.csv",
                "-Djava.io.tmpdir=" + jvmTmp),
            data,
            "--http-port",
            "0",
            "--year",
            "2023",
            "--max-file-mb",
            "1",
            "--settle-ms",
            "100",
            "--intake-stall-s",
            "1");
    base =
        service.output().stream()
            .filter(l -> l.contains("Dashboard: "))
            .map(l -> l.replaceAll(".*Dashboard: (http://[^/]+)/.*", "$1"))
            .findFirst()
            .orElseThrow();
    await().atMost(Duration.ofSeconds(20)).until(() -> get("/health").statusCode() == 200);
  }

  @AfterEach
  void nothingOutsideTheDataFolderWasReadMovedOrWritten() throws Exception {
    assertThat(state(sentinel)).isEqualTo(sentinelBefore);
    assertThat(state(data.resolve("done/886"))).isEqualTo(done886Before);
  }

  @AfterAll
  void stop() throws Exception {
    if (service != null) {
      service.close();
      System.out.println(String.join("\n", service.output()));
    }
  }

  @Test
  void linksPipesAndDevicesAreLeftAloneUnreadEachNamedOnceAndTheIntakeGoesOn() throws Exception {
    Path la = Files.createDirectories(data.resolve("inbox/330"));
    Files.createSymbolicLink(la.resolve("steal"), Path.of("../../done/886"));
    Files.createSymbolicLink(la.resolve("outside"), sentinel);
    Files.createSymbolicLink(la.resolve("x.xml"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(la.resolve("own.xml"), sentinel.resolve("return.xml"));
    Files.createSymbolicLink(la.resolve("dangling.xml"), la.resolve("nowhere.xml"));
    Files.createSymbolicLink(la.resolve("loop.xml"), la.resolve("loop.xml"));
    Files.createSymbolicLink(la.resolve("z.xml"), Path.of("/dev/zero"));
    // an LA folder that is itself a link to another LA's archive
    Files.createSymbolicLink(data.resolve("inbox/926"), Path.of("../done/886"));
    run("mkfifo", la.resolve("f.csv").toString());
    // a device of its own (as root, which the Docker image runs as): /dev/zero's numbers
    boolean device = run("mknod", la.resolve("zero.xml").toString(), "c", "1", "5") == 0;
    Map<String, String> expected = new TreeMap<>();
    for (String link :
        List.of("steal", "outside", "x.xml", "own.xml", "dangling.xml", "loop.xml", "z.xml")) {
      expected.put("330/" + link, "a symbolic link");
    }
    expected.put("926", "a symbolic link");
    expected.put("330/f.csv", "a named pipe (FIFO)");
    if (device) {
      expected.put("330/zero.xml", "a device");
    }

    dropGoodFile("801");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> expected.keySet().stream().allMatch(e -> leftAloneLines(e) > 0));
    dropGoodFile("801"); // many polls later, still named once each
    expected.forEach(
        (entry, kind) -> {
          assertThat(leftAloneLines(entry)).as(entry).isEqualTo(1);
          assertThat(service.output())
              .anyMatch(
                  l -> l.contains("Left in the inbox, not read: " + entry + " is " + kind + ". "));
        });

    // each entry left where it is, none moved, none given an outcome, no target touched
    for (String entry : expected.keySet()) {
      assertThat(Files.exists(data.resolve("inbox").resolve(entry), LinkOption.NOFOLLOW_LINKS))
          .as(entry)
          .isTrue();
    }
    assertThat(Files.exists(data.resolve("failed/926"))).isFalse();
    assertThat(Files.exists(data.resolve("done/926"))).isFalse();
    for (String entry : expected.keySet()) {
      String name = Path.of(entry).getFileName().toString();
      for (String outcome : List.of("done/330", "failed/330")) {
        assertThat(data.resolve(outcome).resolve(name)).as(outcome + "/" + name).doesNotExist();
        assertThat(data.resolve(outcome).resolve(name + ".report.txt")).doesNotExist();
      }
      assertThat(service.output())
          .noneMatch(
              l -> l.contains("Accepted " + name + " ") || l.contains("Rejected " + name + " "));
    }
    // nothing of LA 886's archive or of the sentinel was taken through the linked folders
    assertThat(service.output())
        .noneMatch(l -> l.contains("archived.xml") || l.contains("return.xml"));
    assertThat(nationalPupils()).isEqualTo(schools); // the return outside was not counted
  }

  @Test
  void aNewlineInADroppedFilesNameCannotForgeALogLine() throws Exception {
    String forged = "00:00:00.000 INFO  IntakeProcessor - Accepted forged.xml from LA 330";
    Path la = Files.createDirectories(data.resolve("inbox/330"));
    Files.writeString(la.resolve("evil\n" + forged + ".csv"), "Name,Score\r\nAlice,3\r\n");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                service.output().stream()
                    .anyMatch(l -> l.contains("Rejected evil\\n" + forged + ".csv from LA 330")));
    assertThat(service.output()).noneMatch(l -> l.startsWith(forged));
    dropGoodFile("801");
  }

  @Test
  void aFileGrowingPastTheLimitWhileHeldIsF08AndHealthIsDownWhileTheIntakeIsHeld()
      throws Exception {
    Files.writeString(hold, "hold");
    Path la = Files.createDirectories(data.resolve("inbox/330"));
    byte[] half = "a".repeat(600 * 1024).getBytes(StandardCharsets.US_ASCII);
    Path grow = Files.write(la.resolve("grow.csv"), half);

    // the intake has taken it (0.6 MB, under the 1 MB limit) and cannot go on
    await().atMost(Duration.ofSeconds(10)).until(() -> get("/health").statusCode() == 503);
    HttpResponse<String> down = get("/health");
    assertThat(down.body())
        .contains("\"status\":\"DOWN\"")
        .contains("\"intake\":\"DOWN\"")
        .contains("the intake has held one file of LA 330 for ");
    assertThat(get("/metrics").body()).contains("ks1_intake_up 0.0");

    Files.write(grow, half, StandardOpenOption.APPEND); // 1.2 MB now, while it is held
    Files.delete(hold);

    Path report = data.resolve("failed/330/grow.csv.report.txt");
    await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(report));
    assertThat(Files.readString(report)).contains("[F08]").contains("the limit is 1048576 bytes");
    await().atMost(Duration.ofSeconds(10)).until(() -> get("/health").statusCode() == 200);
    assertThat(get("/health").body()).contains("\"intake\":\"UP\"");
    assertThat(get("/metrics").body()).contains("ks1_intake_up 1.0");
    dropGoodFile("801");
  }

  @Test
  void anErrorWhileOneFileIsReadKeepsItAsideAndTheIntakeGoesOn() throws Exception {
    Path la = Files.createDirectories(data.resolve("inbox/330"));
    Files.writeString(la.resolve("oom.csv"), "School DFE\r\n");

    Path report = data.resolve("failed/330/oom.csv.report.txt");
    await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(report));
    assertThat(Files.readString(report))
        .contains("[F01] The file could not be read (OutOfMemoryError). Tell the LA.");
    dropGoodFile("801");
    // and a workbook is read without a copy in the temp folder (names and UPNs inside)
    schools++;
    String laestab = "801" + (2100 + schools);
    Files.write(
        data.resolve("inbox/801/" + laestab + ".xlsx"),
        TemplateBuilder.template()
            .school(laestab, List.of(pupil("801", laestab.substring(3), 1)))
            .xlsx());
    awaitCounted();
    try (Stream<Path> files = Files.walk(jvmTmp)) {
      assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".xlsx"));
    }
  }

  private static TestPupil pupil(String la, String estab, int n) {
    return TestPupil.of(TestUpns.unique(la, estab, n), "EXS", "EXS", "EXS", "EXS");
  }

  /** A good file of one pupil in {@code la}'s folder, counted within the usual time. */
  private void dropGoodFile(String la) throws Exception {
    schools++;
    String estab = String.valueOf(2000 + schools);
    Path written =
        CtfBuilder.school(la + estab)
            .pupil(pupil(la, estab, 1))
            .writeTo(tmp.resolve("staging"), la + estab + ".xml");
    Path inbox = Files.createDirectories(data.resolve("inbox").resolve(la));
    Files.move(written, inbox.resolve(written.getFileName()));
    awaitCounted();
  }

  private void awaitCounted() {
    await().atMost(Duration.ofSeconds(10)).until(() -> nationalPupils() == schools);
  }

  private int nationalPupils() throws Exception {
    Matcher m = PUPILS.matcher(get("/api/national").body());
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private long leftAloneLines(String entry) {
    return service.output().stream()
        .filter(l -> l.contains("Left in the inbox, not read: " + entry + " is "))
        .count();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int run(String... command) throws Exception {
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }

  /** Every file and folder under {@code dir}: size, modification time and SHA-256 of files. */
  private static Map<String, String> state(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.toList()) {
        String key = dir.relativize(p).toString();
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.put(key, "folder");
        } else {
          byte[] bytes = Files.readAllBytes(p);
          out.put(
              key,
              bytes.length
                  + "|"
                  + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis()
                  + "|"
                  + HexFormat.of().formatHex(EventIds.sha256().digest(bytes)));
        }
      }
    }
    return out;
  }
}
