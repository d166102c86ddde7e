package org.newsstream.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.newsstream.alerting.RuleFiles;
import org.newsstream.broker.BrokerSettings;
import org.newsstream.broker.BrokerProcess;
import org.newsstream.broker.KafkaBroker;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.kafka.BrokerUnavailableException;
import org.newsstream.kafka.RulesTopic;
import org.newsstream.schema.AlertRule;
import org.newsstream.streams.OpenTransactions;
import org.newsstream.streams.PipelineStartException;
import org.newsstream.streams.Pipeline;
import org.newsstream.streams.TopicProvisioner;
import org.newsstream.streams.Topics;
import org.newsstream.web.Monitoring;
import org.newsstream.web.WebSettings;

/**
 * A running Newsstream: the embedded broker (unless a cluster was given), the topics, the rules
 * loaded onto the rules topic, and the topologies. Start-up steps are reported as they finish.
 */
public final class NewsstreamServer implements AutoCloseable {
  private final KafkaBroker broker;
  private final KafkaClients clients;
  private final Topics topics;
  private final Pipeline pipeline;
  private final Optional<Monitoring> monitoring;

  private NewsstreamServer(KafkaBroker broker, KafkaClients clients, Topics topics,
      Pipeline pipeline, Optional<Monitoring> monitoring) {
    this.broker = broker;
    this.clients = clients;
    this.topics = topics;
    this.pipeline = pipeline;
    this.monitoring = monitoring;
  }

  /** Starts without the HTTP monitoring surface. */
  public static NewsstreamServer start(
      NewsstreamConfig config, java.util.function.Supplier<ParagraphEnricher> enricherLoader,
      Consumer<String> progress) throws InterruptedException {
    return start(config, WebSettings.disabled(), enricherLoader, progress);
  }

  /**
   * @param web where the dashboard, API and metrics listen, or disabled
   * @param enricherLoader loads the NLP models; called once, on a thread of its own while the
   *     broker starts (the two take seconds each and need nothing from each other)
   */
  public static NewsstreamServer start(NewsstreamConfig config, WebSettings web,
      java.util.function.Supplier<ParagraphEnricher> enricherLoader,
      Consumer<String> progress) throws InterruptedException {
    config.validate();
    CompletableFuture<ParagraphEnricher> models = new CompletableFuture<>();
    long t1 = System.nanoTime();
    Thread loader = new Thread(() -> {
      try {
        models.complete(enricherLoader.get());
      } catch (RuntimeException | Error e) {
        models.completeExceptionally(e);
      }
    }, "newsstream-model-loader");
    loader.setDaemon(true);
    loader.start();
    KafkaBroker broker = null;
    Monitoring monitor = null;
    try {
      String servers;
      if (config.embedded()) {
        long t0 = System.nanoTime();
        BrokerSettings settings = new BrokerSettings(config.brokerHost(), config.brokerPort(),
            config.dataDir().resolve("kafka"), config.partitions());
        broker = KafkaBroker.start(settings);
        servers = broker.bootstrapServers();
        progress.accept(String.format("broker up at %s (embedded KRaft%s, data in %s, %.1f s)",
            servers, broker instanceof BrokerProcess process
                ? " in process " + process.pid()
                    + (process.adopted() ? ", taken over from the run that crashed" : "")
                    + ", its log in " + BrokerProcess.logFile(settings)
                : " in this process",
            settings.dataDir(), (System.nanoTime() - t0) / 1e9));
      } else {
        servers = config.bootstrapServers().get();
      }
      KafkaClients clients = new KafkaClients(servers, config.clientConfig());
      Topics topics = new Topics(config.topics());
      int rules = prepareTopicsAndRules(config, clients, topics);
      progress.accept("topics ready; " + rules + (rules == 1 ? " alert rule" : " alert rules")
          + " loaded from "
          + config.rulesFile().map(Object::toString).orElse("the defaults"));
      // HTTP first: Kafka Streams must be told this instance's address for interactive queries.
      if (web.enabled()) {
        monitor = Monitoring.start(web, clients, topics, config.spikes(), Clock.systemUTC());
        progress.accept("dashboard at " + monitor.dashboardUrl()
            + " (API /api/alerts/stream, /metrics, /health)");
      }
      // Streams joins its group and restores its stores while the models finish loading.
      ParagraphEnricher enricher = models.isDone() ? awaitModels(models) : new ModelsWhenLoaded(models);
      Pipeline pipeline = monitor == null
          ? Pipeline.start(config, clients, topics, enricher)
          : Pipeline.start(config, clients, topics, monitor.timed(enricher),
              Optional.of(monitor.applicationServer()));
      if (monitor != null) {
        monitor.attach(Map.of(Monitoring.PIPELINE, pipeline.streams()));
      }
      NewsstreamServer server = new NewsstreamServer(
          broker, clients, topics, pipeline, Optional.ofNullable(monitor));
      try {
        awaitModels(models);
        progress.accept(String.format("enrichment models loaded (%.1f s after start-up began)",
            (System.nanoTime() - t1) / 1e9));
        pipeline.awaitRunning(Duration.ofSeconds(120), progress);
      } catch (IllegalStateException notRunning) {
        String hanging = describeHanging(clients);
        server.close();
        throw new PipelineStartException(notRunning.getMessage() + hanging);
      } catch (RuntimeException | InterruptedException e) {
        server.close();
        throw e;
      }
      return server;
    } catch (RuntimeException | InterruptedException e) {
      if (monitor != null) {
        monitor.close();
      }
      if (broker != null) {
        broker.close();
      }
      throw e;
    }
  }

  /** What a hanging transaction, if there is one, would explain about a start that never ends. */
  private static String describeHanging(KafkaClients clients) throws InterruptedException {
    try (Admin admin = Admin.create(clients.admin())) {
      var topics = admin.listTopics().names().get(10, java.util.concurrent.TimeUnit.SECONDS);
      var found = OpenTransactions.hanging(admin, topics, java.time.Instant.now());
      if (found.isEmpty()) {
        return "";
      }
      return "; a hanging transaction blocks read_committed readers: "
          + found.get(0).describe(java.time.Instant.now())
          + (found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : "")
          + "; see docs/reliability.md#a-hanging-transaction";
    } catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
      return "";
    }
  }

  private static ParagraphEnricher awaitModels(CompletableFuture<ParagraphEnricher> models)
      throws InterruptedException {
    try {
      return models.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("loading the enrichment models failed: " + e.getCause(), e);
    }
  }

  /** Creates missing topics and writes the start-up rules; returns how many rules were loaded. */
  private static int prepareTopicsAndRules(
      NewsstreamConfig config, KafkaClients clients, Topics topics) throws InterruptedException {
    List<AlertRule> rules = config.rulesFile()
        .map(file -> RuleFiles.read(file, config.topics().alerts()))
        .orElseGet(() -> RuleFiles.readDefaults(config.topics().alerts()));
    try (Admin admin = Admin.create(clients.admin())) {
      new TopicProvisioner(admin).ensure(config.topics(), config.partitions(),
          rules.stream().map(AlertRule::getTopic).distinct().toList());
    }
    try {
      new RulesTopic(topics.alertRules, clients.producer(), clients.consumer(null)).put(rules);
    } catch (ExecutionException e) {
      throw new BrokerUnavailableException(
          "could not write the alert rules: " + e.getCause().getMessage(), e);
    }
    return rules.size();
  }

  public KafkaClients clients() {
    return clients;
  }

  public Topics topics() {
    return topics;
  }

  /** The embedded broker's process, when it runs in a child JVM (for CPU accounting). */
  public java.util.OptionalLong brokerProcessId() {
    return broker == null ? java.util.OptionalLong.empty() : broker.processId();
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  /** The HTTP monitoring surface, unless started without it. */
  public Optional<Monitoring> monitoring() {
    return monitoring;
  }

  @Override
  public void close() {
    monitoring.ifPresent(Monitoring::close);
    pipeline.close();
    if (broker != null) {
      broker.close();
    }
  }
}
