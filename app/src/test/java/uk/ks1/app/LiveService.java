package uk.ks1.app;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import uk.ks1.app.pipeline.ConsumerLag;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.reporting.access.AccessTokens;
import uk.ks1.reporting.http.ReportingConfig;
import uk.ks1.reporting.http.ReportingServer;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.SqlRows;

/**
 * The service as {@code ./ks1 run} starts it, in this JVM: the real pipeline (embedded broker,
 * routes, consumers, DuckDB) and the reporting server on a free port, with one token per kind of
 * caller. Tests drop files into the inbox and read the store the server reads.
 */
final class LiveService implements AutoCloseable {
  static final String TOKEN_330 = "token-for-birmingham-330";
  static final String TOKEN_201 = "token-for-city-of-london-201";
  static final String TOKEN_NATIONAL = "token-for-national-analysts";

  final Path data;
  final Pipeline pipeline;
  final ReportingServer server;
  private final ConsumerLag lag;
  private final HttpClient http = HttpClient.newHttpClient();

  private LiveService(Path data, Pipeline pipeline, ReportingServer server) {
    this.data = data;
    this.pipeline = pipeline;
    this.server = server;
    this.lag = new ConsumerLag(pipeline.bootstrap(), server.registry());
    pipeline.closeFirst("consumer lag", lag);
  }

  static LiveService start(Path data) throws Exception {
    return start(data, ReportingConfig.Events.DEFAULT);
  }

  /** The service with the change feed's heartbeat and cap as given. */
  static LiveService start(Path data, ReportingConfig.Events events) throws Exception {
    Files.createDirectories(data);
    Path tokens = data.resolve("access-tokens.txt");
    Files.writeString(
        tokens,
        "# test tokens, hashed as in production\n"
            + AccessTokens.sha256(TOKEN_330)
            + " la:330\n"
            + AccessTokens.sha256(TOKEN_201)
            + " la:201\n"
            + AccessTokens.sha256(TOKEN_NATIONAL)
            + " national\n");
    Ks1Config config = new Ks1Config(data, 2023, null, 100, 50, Ks1Config.DEFAULT_MAX_FILE_BYTES);
    Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), null);
    try {
      ReportingServer server =
          new ReportingServer(
              Registered.collections(),
              pipeline.store(),
              new ReportingConfig("127.0.0.1", 0, AccessTokens.read(tokens), 2023, events));
      pipeline.closeFirst("dashboard", server);
      pipeline.onCommit(server.listener());
      server.takeConfirmations(
          uk.ks1.app.schools.SchoolListDelivery.toBroker(pipeline.bootstrap()));
      server.start();
      return new LiveService(data, pipeline, server);
    } catch (Exception | Error e) {
      pipeline.close();
      throw e;
    }
  }

  /**
   * Drops a school's file into its LA's inbox folder and waits until its outcome and its submission
   * are stored (the file's outcome comes straight from ingest; its submission, "processing" until
   * then, after validation).
   */
  void drop(CtfBuilder file, String laestab) throws Exception {
    long before = count("SELECT count(*) FROM files");
    Path written = file.writeTo(data.resolve("tmp-" + laestab));
    Path inbox = data.resolve("inbox").resolve(laestab.substring(0, 3));
    Files.createDirectories(inbox);
    Files.move(written, inbox.resolve(written.getFileName()));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count("SELECT count(*) FROM files") > before
                    && count("SELECT count(*) FROM submissions WHERE status = 'processing'") == 0);
  }

  /**
   * Imports DfE's list of schools through the real command, which sends it to this service's
   * broker, and waits until the store holds every school of it.
   */
  void importSchools(Path gias, int schools) throws Exception {
    java.io.StringWriter err = new java.io.StringWriter();
    int exit =
        Ks1.execute(
            new java.io.PrintWriter(new java.io.StringWriter(), true),
            new java.io.PrintWriter(err, true),
            "schools",
            "import",
            "--data",
            data.toString(),
            gias.toString());
    if (exit != 0) {
      throw new AssertionError("schools import exited " + exit + ": " + err);
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count("SELECT count(*) FROM listed_schools") == schools);
  }

  long count(String sql) throws SQLException {
    return Long.parseLong(rows(sql).get(0));
  }

  /** Rows of a query on the store the server reads, columns joined with |. */
  List<String> rows(String sql) throws SQLException {
    try (Connection c = pipeline.store().reader()) {
      return SqlRows.of(c, sql);
    }
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    return get(path, token, Map.of());
  }

  HttpResponse<String> get(String path, String token, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> bytes(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A request with any method (HEAD, POST, ...), without a body. */
  /** A POST of a JSON body with a token (null: none). */
  HttpResponse<String> post(String path, String json, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> send(String method, String path, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Override
  public void close() {
    pipeline.close(); // the consumer lag and the dashboard first, as ks1 run does
  }
}
