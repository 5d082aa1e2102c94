package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.json.Json;
import uk.ks1.reporting.http.ReportingConfig;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * The API fails safe against a hostile or careless client, on the real service: event-stream
 * clients that leave are let go within seconds and the stream has a cap; a bad parameter (out of
 * range, malformed encoding) is a 400 JSON answer that leaves no stack trace in the log; HEAD goes
 * through the gate; a method a path does not take is a 405 with {@code Allow}; the bearer scheme is
 * matched in any case; identity-bearing answers are never stored by a cache; PDFs are built once
 * per store version and caller.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(180)
class ApiFailsSafeIT {
  private static final int MAX_SUBSCRIBERS = 2000;
  private static final Duration HEARTBEAT = Duration.ofMillis(250);
  private static final String JSON = "application/json; charset=utf-8";

  @TempDir static Path tmp;
  private LiveService service;
  private final ReportingFixture fixture = new ReportingFixture();

  @BeforeAll
  void startAndLoad() throws Exception {
    service =
        LiveService.start(
            tmp.resolve("data"), new ReportingConfig.Events(HEARTBEAT, MAX_SUBSCRIBERS));
    fixture.loadInto(service);
  }

  @AfterAll
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  private static long openFileDescriptors() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    }
  }

  /** An event-stream client on a bare socket: the request sent, its first event read. */
  private Socket listen() throws IOException {
    Socket s = new Socket("127.0.0.1", service.server.port());
    s.setSoTimeout(10_000);
    s.getOutputStream()
        .write(
            ("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    String head = readUntil(s.getInputStream(), "\n\n");
    if (!head.startsWith("HTTP/1.1 200") || !head.contains("event: figures-changed")) {
      s.close();
      throw new AssertionError("not subscribed: " + head);
    }
    return s;
  }

  /** What the server sends until {@code end} (after the headers), or until it closes. */
  private static String readUntil(InputStream in, String end) throws IOException {
    return read(in, end, false);
  }

  /** What the server sends next, until {@code end} (on a stream whose headers have been read). */
  private static String readMore(InputStream in, String end) throws IOException {
    return read(in, end, true);
  }

  private static String read(InputStream in, String end, boolean headersRead) throws IOException {
    StringBuilder text = new StringBuilder();
    int headersEnd = headersRead ? 0 : -1;
    int b;
    while ((b = in.read()) != -1) {
      text.append((char) b);
      if (headersEnd < 0 && text.indexOf("\r\n\r\n") >= 0) {
        headersEnd = text.length();
      }
      if (headersEnd >= 0 && text.indexOf(end, headersEnd) >= 0) {
        break;
      }
    }
    return text.toString().replace("\r\n", "\n");
  }

  /** An answer read off a bare socket: for requests the JDK's client will not send as they are. */
  record Raw(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\n")) {
        if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
          return line.substring(name.length() + 1).strip();
        }
      }
      return null;
    }
  }

  /** One request, exactly as written ({@code target} unencoded), the connection closed after it. */
  private Raw raw(String method, String target, String... headers) throws IOException {
    try (Socket s = new Socket("127.0.0.1", service.server.port())) {
      s.setSoTimeout(10_000);
      StringBuilder request =
          new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      for (String h : headers) {
        request.append(h).append("\r\n");
      }
      request.append("Connection: close\r\n\r\n");
      s.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      // Latin-1 keeps a byte a char, so chunk sizes count right; the body is UTF-8 after that
      String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      int split = all.indexOf("\r\n\r\n");
      String head = all.substring(0, split).replace("\r\n", "\n");
      String body = all.substring(split + 4);
      if ("chunked".equalsIgnoreCase(new Raw(0, head, "").header("Transfer-Encoding"))) {
        body = unchunk(body);
      }
      body = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
    }
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int eol = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(chunked, eol + 2, eol + 2 + size);
      at = eol + 2 + size + 2;
    }
  }

  @Test
  @Order(1)
  void twoThousandClosedEventClientsAreLetGoWithinSecondsAndTheCapRefusesMore() throws Exception {
    long fdsBefore = openFileDescriptors();
    List<Socket> clients = new ArrayList<>();
    try {
      for (int i = 0; i < MAX_SUBSCRIBERS; i++) {
        clients.add(listen());
      }
      assertThat(service.server.subscribers()).isEqualTo(MAX_SUBSCRIBERS);

      // one more is refused, with a JSON reason, and nothing is kept open for it
      Raw refused = raw("GET", "/api/events", "Accept: text/event-stream");
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.header("Content-Type")).isEqualToIgnoringWhitespace(JSON);
      assertThat(refused.header("Retry-After")).isEqualTo("5");
      assertThat(Json.mapper().readTree(refused.body()).get("error").asText())
          .isEqualTo(
              "The server already keeps "
                  + MAX_SUBSCRIBERS
                  + " dashboards up to date, the most it takes; try again later");
    } finally {
      for (Socket s : clients) {
        s.close();
      }
    }
    long closed = System.nanoTime();
    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> service.server.subscribers() == 0);
    System.out.printf(
        "%d closed event clients let go after %d ms%n",
        MAX_SUBSCRIBERS, (System.nanoTime() - closed) / 1_000_000);
    // their connections are closed too: the process holds no more descriptors than before
    await().atMost(Duration.ofSeconds(5)).until(() -> openFileDescriptors() <= fdsBefore + 20);
    // and there is room again
    Socket again = listen();
    assertThat(service.server.subscribers()).isEqualTo(1);
    again.close();
  }

  @Test
  @Order(2)
  void anOpenStreamHearsAHeartbeatWhenNothingChanges() throws Exception {
    try (Socket s = listen()) {
      long started = System.nanoTime();
      String more = readMore(s.getInputStream(), ": heartbeat\n");
      assertThat(more).contains(": heartbeat\n");
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }
  }

  @Test
  @Order(3)
  void badParametersAre400JsonAndLeaveNoStackTraceInTheLog() throws Exception {
    List<String> bad =
        List.of(
            "/api/submissions?since=%2B1000000000-12-31T23:59:59Z",
            "/api/submissions?since=-1000000000-01-01T00:00:00Z",
            "/api/submissions?since=%2B999999999-12-31T23:59:59Z",
            "/api/submissions?since=10000-01-01T00:00:00Z",
            "/api/submissions?since=yesterday",
            "/api/submissions?limit=99999999999999999999",
            "/api/submissions?la=33",
            "/api/codes?level=planet",
            "/api/codes?level=school",
            "/api/national?year=20x3",
            "/api/schools?la=%ZZ",
            "/api/schools?la=33%",
            "/api/schools?%ZZ=330",
            "/api/schools?la=%FF%FE",
            "/api/las?region=%E0%A4",
            "/api/data-errors?la=%ZZ");
    try (CapturedLog log = new CapturedLog()) {
      for (String path : bad) {
        for (String token : Arrays.asList(null, LiveService.TOKEN_NATIONAL)) {
          Raw r =
              token == null ? raw("GET", path) : raw("GET", path, "Authorization: Bearer " + token);
          assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(400);
          assertThat(r.header("Content-Type")).as(path).isEqualToIgnoringWhitespace(JSON);
          assertThat(Json.mapper().readTree(r.body()).get("error").asText()).as(path).isNotBlank();
        }
      }
      assertThat(log.lines())
          .noneMatch(l -> l.contains("Exception") || l.strip().startsWith("at "));
    }
    JsonNode since =
        Json.mapper()
            .readTree(
                service.get("/api/submissions?since=%2B1000000000-12-31T23:59:59Z", null).body());
    assertThat(since.get("error").asText())
        .isEqualTo(
            "'+1000000000-12-31T23:59:59Z' is not a valid since: an ISO time from year 1 to"
                + " 9999, such as 2023-06-20T10:00:00Z");
    JsonNode encoding = Json.mapper().readTree(raw("GET", "/api/schools?la=%ZZ").body());
    assertThat(encoding.get("error").asText())
        .isEqualTo(
            "The query string is not valid percent-encoded UTF-8 (at 'la=%ZZ'); encode each"
                + " character that is not a letter or digit as %XX");
    // a well-formed since still works, at both ends of the range
    assertThat(service.get("/api/submissions?since=0001-01-01T00:00:00Z", null).statusCode())
        .isEqualTo(200);
    assertThat(service.get("/api/submissions?since=9999-12-31T23:59:59Z", null).statusCode())
        .isEqualTo(200);
    assertThat(service.get("/api/schools?la=%33%33%30", null).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(4)
  void headGoesThroughTheGateAsGetDoesForEveryKindOfCaller() throws Exception {
    String ownPupils = "/reports/schools/" + ReportingFixture.BIG + "/pupils.xlsx";
    String id = service.rows("SELECT submission_id FROM submissions WHERE la_code = '330'").get(0);
    List<String> paths =
        List.of(
            ownPupils,
            "/api/data-errors?la=330",
            "/api/data-errors",
            "/api/submissions/" + id,
            "/api/national",
            "/reports/las/330/summary.pdf",
            "/api/events",
            "/api/submissions?since=%2B1000000000-12-31T23:59:59Z");
    List<String> tokens =
        Arrays.asList(
            null,
            LiveService.TOKEN_201,
            LiveService.TOKEN_330,
            LiveService.TOKEN_NATIONAL,
            "not-a-token");
    List<String> statuses = new ArrayList<>();
    for (String path : paths) {
      for (String token : tokens) {
        // (for /api/events: without Accept: text/event-stream, no stream is opened)
        int get = service.bytes(path, token).statusCode();
        HttpResponse<byte[]> head = service.send("HEAD", path, token);
        assertThat(head.statusCode()).as("HEAD " + path + " with " + token).isEqualTo(get);
        assertThat(head.body()).isEmpty();
        statuses.add(head.statusCode() + "");
      }
    }
    // none, another LA's, the LA's own, analysts', unknown
    assertThat(statuses.subList(0, 5)).containsExactly("401", "403", "200", "403", "401");
    assertThat(statuses.subList(5, 10)).containsExactly("401", "403", "200", "200", "401");
  }

  @Test
  @Order(5)
  void aMethodAPathDoesNotTakeIs405WithAllow() throws Exception {
    for (String path :
        List.of(
            "/api/national",
            "/reports/schools/" + ReportingFixture.BIG + "/pupils.xlsx",
            "/api/events",
            "/")) {
      for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
        HttpResponse<byte[]> r = service.send(method, path, null);
        assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).as(method + " " + path).contains("GET, HEAD");
        assertThat(Json.mapper().readTree(r.body()).get("error").asText())
            .isEqualTo(method + " is not allowed here: GET, HEAD are");
      }
    }
    assertThat(service.send("POST", "/api/no-such-thing", null).statusCode()).isEqualTo(404);
    assertThat(service.send("GET", "/api/no-such-thing", null).statusCode()).isEqualTo(404);
  }

  @Test
  @Order(6)
  void theBearerSchemeIsMatchedInAnyCase() throws Exception {
    String pupils = "/reports/schools/" + ReportingFixture.BIG + "/pupils.xlsx";
    // each on a connection of its own: Jetty answers a header line seen before on the same
    // connection (compared in any case) with the one it kept, which would hide the case sent
    for (String scheme : List.of("bearer", "BEARER", "bEaReR", "Bearer")) {
      Raw r = raw("GET", pupils, "Authorization: " + scheme + "  " + LiveService.TOKEN_330);
      assertThat(r.status()).as(scheme).isEqualTo(200);
    }
    String token = LiveService.TOKEN_330;
    for (String other : List.of("Basic " + token, "Bearer" + token, "Bearer", token)) {
      assertThat(raw("GET", pupils, "Authorization: " + other).status()).as(other).isEqualTo(401);
    }
  }

  @Test
  @Order(7)
  void answersCarryingIdentitiesAreNeverStored() throws Exception {
    String id = service.rows("SELECT submission_id FROM submissions WHERE la_code = '330'").get(0);
    for (String path :
        List.of(
            "/reports/schools/" + ReportingFixture.BIG + "/pupils.xlsx",
            "/api/data-errors",
            "/api/data-errors?la=330",
            "/api/submissions/" + id)) {
      HttpResponse<byte[]> r = service.bytes(path, LiveService.TOKEN_330);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
      // refusals too: a shared cache keeps nothing of these paths
      assertThat(service.bytes(path, null).headers().allValues("Cache-Control"))
          .containsExactly("no-store");
    }
    for (String path :
        List.of("/api/national", "/api/submissions", "/reports/las/330/summary.pdf", "/")) {
      assertThat(service.bytes(path, LiveService.TOKEN_330).headers().allValues("Cache-Control"))
          .as(path)
          .containsExactly("no-cache");
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    }
  }

  @Test
  @Order(8)
  void pdfsAreBuiltOncePerStoreVersionAndCallerAndAgainAfterAChange() throws Exception {
    String la = "/reports/las/330/summary.pdf";
    String school = "/reports/schools/" + ReportingFixture.TINY + "/summary.pdf";
    byte[] anonymous = service.bytes(la, null).body();
    byte[] own = service.bytes(la, LiveService.TOKEN_330).body();
    byte[] schoolPdf = service.bytes(school, null).body();
    // each build has its own document id and time: equal bytes mean the same build
    assertThat(Arrays.equals(service.bytes(la, null).body(), anonymous)).isTrue();
    assertThat(Arrays.equals(service.bytes(la, LiveService.TOKEN_330).body(), own)).isTrue();
    assertThat(Arrays.equals(service.bytes(school, null).body(), schoolPdf)).isTrue();
    // the caller's view is its own build: the tiny school is suppressed for anonymous callers only
    assertThat(Arrays.equals(own, anonymous)).isFalse();
    assertThat(text(anonymous)).doesNotContain("Elm Primary School");

    // many callers at once share the one build
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<long[]>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        answers.add(
            pool.submit(
                () -> {
                  long started = System.nanoTime();
                  HttpResponse<byte[]> r = service.bytes(la, null);
                  return new long[] {
                    (System.nanoTime() - started) / 1_000_000,
                    Arrays.equals(r.body(), anonymous) ? 1 : 0
                  };
                }));
      }
      List<Long> millis = new ArrayList<>();
      for (Future<long[]> f : answers) {
        long[] a = f.get();
        assertThat(a[1]).isEqualTo(1);
        millis.add(a[0]);
      }
      millis.sort(null);
      System.out.printf(
          "200 anonymous LA PDFs at 20 in parallel: p50 %d ms, p95 %d ms%n",
          millis.get(100), millis.get(190));
    } finally {
      pool.shutdownNow();
    }

    CtfBuilder elm =
        CtfBuilder.school("3302003")
            .name("Elm Primary School")
            .pupil(TestPupil.of(TestUpns.unique("330", "2003", 1), "GDS", "GDS", "GDS", "EXS"))
            .pupil(TestPupil.of(TestUpns.unique("330", "2003", 2), "EXS", "EXS", "EXS", "EXS"));
    service.drop(elm, "3302003");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> text(service.bytes(la, null).body()).contains("Elm Primary School"));
    byte[] after = service.bytes(la, null).body();
    assertThat(Arrays.equals(after, anonymous)).isFalse();
    assertThat(Arrays.equals(service.bytes(la, null).body(), after)).isTrue();
    assertThat(Arrays.equals(service.bytes(school, null).body(), schoolPdf)).isFalse();
  }
}
