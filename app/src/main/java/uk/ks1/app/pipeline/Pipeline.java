package uk.ks1.app.pipeline;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.kafka.clients.CommonClientConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.aggregate.consumer.AggregateConsumer;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.aggregate.filereport.FileReports;
import uk.ks1.aggregate.snapshot.Snapshot;
import uk.ks1.aggregate.snapshot.SnapshotPublisher;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.writer.CommitSummary;
import uk.ks1.aggregate.writer.StoreWriter;
import uk.ks1.app.broker.EmbeddedKafka;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.health.IntakeLiveness;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.PupilKeys;
import uk.ks1.identities.IdentitySeal;
import uk.ks1.ingest.file.FileIntake;
import uk.ks1.ingest.file.IntakeSettings;
import uk.ks1.ingest.route.InboxLiveness;
import uk.ks1.ingest.route.IngestCamel;
import uk.ks1.ingest.route.IntakeProcessor;
import uk.ks1.validate.RuleCatalogue;
import uk.ks1.validate.SubmissionValidator;
import uk.ks1.validate.consumer.ValidateConsumer;
import uk.ks1.validate.strict.StrictMode;

/**
 * The whole pipeline in one process: the broker (embedded unless a cluster is named), the topics,
 * the aggregate and validate consumers on their own threads, and the ingest routes. Stops in the
 * reverse order, so a file being read is finished and every consumer commits before the broker
 * goes.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /**
   * How often the service ({@code ./ks1 run}) refreshes the analysts' snapshot at most, well inside
   * the 2 s promised ({@code ./ks1 bench snapshot} measures it on a national store).
   */
  public static final long SERVICE_SNAPSHOT_INTERVAL_MILLIS = 500;

  private final EmbeddedKafka broker;
  private final Store store;
  private final AggregateConsumer aggregate;
  private final Thread aggregateThread;
  private final ValidateConsumer validate;
  private final Thread validateThread;
  private final CamelContext camel;
  private final AtomicReference<Throwable> failure;
  private final Thread shutdownHook = new Thread(this::close, "ks1-pipeline-shutdown");
  private boolean closed;
  private final Deque<Dependent> dependents = new ArrayDeque<>();
  private final java.nio.file.Path analyticsDir;
  private SnapshotPublisher snapshots;
  private final String bootstrap;
  private final InboxLiveness intake;
  private final java.nio.file.Path dataDir;
  private final IdentitySeal seal;

  private Pipeline(Builder b) {
    this.broker = b.broker;
    this.store = b.store;
    this.aggregate = b.aggregate;
    this.aggregateThread = b.aggregateThread;
    this.validate = b.validate;
    this.validateThread = b.validateThread;
    this.camel = b.camel;
    this.failure = b.failure;
    this.analyticsDir = b.analyticsDir;
    this.bootstrap = b.bootstrap;
    this.intake = b.intake;
    this.dataDir = b.dataDir;
    this.seal = b.seal;
  }

  /**
   * Starts the roles the configuration names (all by default); {@code listener} hears of each
   * committed batch from the first one. Several roles in separate processes need a shared cluster.
   */
  public static Pipeline start(Ks1Config config, Clock clock, StoreListener listener)
      throws Exception {
    return start(config, clock, listener, Registered.collections());
  }

  /** Starts the roles for the given collections (a test registers one of its own this way). */
  public static Pipeline start(
      Ks1Config config, Clock clock, StoreListener listener, CollectionRegistry collections)
      throws Exception {
    if (config.embeddedKafka() && Role.needSharedCluster(config.roles())) {
      throw new IllegalArgumentException(
          "Roles in separate processes need a shared Kafka cluster: give --kafka HOST:PORT");
    }
    Builder b = new Builder();
    try {
      b.analyticsDir = config.analyticsDir();
      b.broker = config.embeddedKafka() ? EmbeddedKafka.start(config.kafkaDir()) : null;
      String bootstrap = b.broker != null ? b.broker.bootstrap() : config.kafkaBootstrap();
      b.bootstrap = bootstrap;
      Map<String, Object> kafka = new HashMap<>();
      kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      TopicSetup.ensure(kafka);
      IdentitySeal seal = Identities.seal(config.dataDir());
      b.seal = seal;
      b.dataDir = config.dataDir();
      if (config.runs(Role.AGGREGATE)) {
        startAggregate(b, config, kafka, listener, collections, seal);
      }
      if (config.runs(Role.VALIDATE)) {
        b.validate = new ValidateConsumer(kafka, validator(config, collections), clock, seal, "0");
        b.validateThread = b.thread("ks1-validate", b.validate);
      }
      if (config.runs(Role.INGEST)) {
        Files.createDirectories(config.inbox());
        b.intake = new InboxLiveness(clock);
        b.camel =
            IngestCamel.create(
                bootstrap,
                config.inbox(),
                config.inboxSettleMillis(),
                config.inboxPollMillis(),
                new IntakeProcessor(
                    fileIntake(config, collections),
                    config.dataDir(),
                    clock,
                    seal,
                    b.intake,
                    FaultInjection.intakeHook()),
                b.intake);
        b.camel.start();
      }
      Pipeline pipeline = new Pipeline(b);
      // SIGTERM or Ctrl-C at any point: stop in order, as close() does
      Runtime.getRuntime().addShutdownHook(pipeline.shutdownHook);
      return pipeline;
    } catch (Exception | Error e) {
      new Pipeline(b).close();
      throw e;
    }
  }

  private static void startAggregate(
      Builder b,
      Ks1Config config,
      Map<String, Object> kafka,
      StoreListener listener,
      CollectionRegistry collections,
      IdentitySeal seal)
      throws Exception {
    b.store =
        Store.open(
            config.storeFile(), collections, RuleCatalogue.of(collections).storedDefinitions());
    b.store.replaceDeadlines(config.deadlines());
    StoreWriter writer =
        new StoreWriter(
            b.store, new PupilKeys(PupilKeySecret.load(config.dataDir())), LaRegistry.standard());
    b.aggregate = new AggregateConsumer(kafka, b.store, writer, seal);
    // first: an accepted file's report is written before anyone waiting for the file hears of it
    b.aggregate.addListener(new FileReports(b.store, config.dataDir()));
    b.aggregate.addListener(Pipeline::logDeletions);
    if (listener != null) {
      b.aggregate.addListener(listener);
    }
    StoreListener fault = FaultInjection.fromSystemProperties();
    if (fault != null) {
      b.aggregate.addListener(fault);
    }
    b.aggregateThread = b.thread("ks1-aggregate", b.aggregate);
  }

  private static FileIntake fileIntake(Ks1Config config, CollectionRegistry collections) {
    return FileIntake.standard(
        IntakeSettings.of(
                collections, LaRegistry.standard(), config.maxFileBytes(), config.defaultYear())
            .within(config.window()));
  }

  private static SubmissionValidator validator(Ks1Config config, CollectionRegistry collections) {
    return new SubmissionValidator(
        RuleCatalogue.of(collections), StrictMode.forLas(config.strictLas()));
  }

  /** Whether the intake runs, when this process runs the ingest role (for /health). */
  public Optional<IntakeLiveness> intake() {
    return Optional.ofNullable(intake);
  }

  /** The store, when this process runs the aggregate role (else null). */
  public Store store() {
    return store;
  }

  /** Submission ids name only a school, never a pupil: safe to log. */
  private static void logDeletions(CommitSummary summary) {
    for (CommitSummary.Deletion d : summary.deletions()) {
      if (d.deleted()) {
        LOG.info("Deleted submission {}: its data left every figure", d.submissionId());
      } else {
        LOG.warn("Deletion of {} refused: {}", d.submissionId(), d.reason());
      }
    }
  }

  /** Keeps the analysts' snapshot current (within {@code intervalMillis} of each change). */
  public synchronized void publishSnapshots(long intervalMillis) {
    if (snapshots == null && store != null) {
      snapshots = new SnapshotPublisher(store, analyticsDir, intervalMillis);
      onCommit(snapshots);
    }
  }

  /** Writes the analysts' snapshot now (what a batch load does once at its end). */
  public void publishSnapshotNow() throws Exception {
    Snapshot.publish(store, analyticsDir);
  }

  /**
   * Runs {@code work} with the store closed, on the aggregate role's thread between two of its
   * batches ({@link AggregateConsumer#maintain}): how a running service retires identities.
   */
  public <T> CompletableFuture<T> maintainStore(Callable<T> work) {
    if (aggregate == null) {
      throw new IllegalStateException("This process does not run the aggregate role");
    }
    return aggregate.maintain(work);
  }

  /** The data folder this pipeline runs on. */
  public java.nio.file.Path dataDir() {
    return dataDir;
  }

  /** The key store every role of this process seals and opens identities with. */
  public uk.ks1.identities.DataKeys keys() {
    return seal.keys();
  }

  /** The Kafka bootstrap servers in use (the embedded broker's, or the named cluster's). */
  public String bootstrap() {
    return bootstrap;
  }

  /** Registers another listener for committed batches (dashboards, change feeds, metrics). */
  public void onCommit(StoreListener listener) {
    aggregate.addListener(listener);
  }

  /** A consumer thread's failure, if one has stopped with an error. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure.get());
  }

  /** Something that uses the pipeline (the dashboard, say), closed before it in any shutdown. */
  private record Dependent(String what, AutoCloseable closeable) {}

  /**
   * Closes {@code closeable} before the pipeline stops, however it stops (close, Ctrl-C or a
   * SIGTERM): the last added first. A dependent never outlives the store it reads.
   */
  public synchronized void closeFirst(String what, AutoCloseable closeable) {
    if (closed) {
      stopQuietly(what, closeable::close);
      return;
    }
    dependents.push(new Dependent(what, closeable));
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException | IllegalArgumentException e) {
        // already shutting down, or never registered (a failed start)
      }
    }
    while (!dependents.isEmpty()) {
      Dependent d = dependents.pop();
      stopQuietly(d.what(), d.closeable()::close);
    }
    if (camel != null) {
      stopQuietly("ingest", camel::stop);
    }
    if (validate != null) {
      validate.stop();
      join(validateThread);
    }
    if (aggregate != null) {
      aggregate.stop();
      join(aggregateThread);
    }
    if (snapshots != null) {
      stopQuietly("snapshot", snapshots::close);
    }
    if (store != null) {
      stopQuietly("store", store::close);
    }
    if (broker != null) {
      stopQuietly("broker", broker::close);
    }
  }

  private static void join(Thread t) {
    try {
      t.join(15_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void stopQuietly(String what, Step step) {
    try {
      step.run();
    } catch (Exception e) {
      LOG.warn("Stopping the {} failed: {}", what, e.toString());
    }
  }

  private static final class Builder {
    EmbeddedKafka broker;
    Store store;
    AggregateConsumer aggregate;
    Thread aggregateThread;
    ValidateConsumer validate;
    Thread validateThread;
    CamelContext camel;
    String bootstrap;
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    java.nio.file.Path analyticsDir;
    InboxLiveness intake;
    java.nio.file.Path dataDir;
    IdentitySeal seal;

    Thread thread(String name, Runnable work) {
      Thread t = new Thread(work, name);
      t.setUncaughtExceptionHandler(
          (th, e) -> {
            failure.compareAndSet(null, e);
            LOG.error("The {} role stopped: {}", name, e.toString(), e);
          });
      t.start();
      return t;
    }
  }
}
