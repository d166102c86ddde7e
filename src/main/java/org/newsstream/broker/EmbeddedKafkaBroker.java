package org.newsstream.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker, single-node KRaft (broker and controller in one), running inside this
 * JVM so that a new user needs nothing but Java.
 *
 * <p>The data folder is formatted on first start and reused afterwards, so topics, records and
 * committed offsets survive a restart. Third-party clients (kcat, the Kafka CLI tools) can connect
 * to {@link #bootstrapServers()}. A fatal broker error is logged instead of halting the JVM.
 *
 * <pre>{@code
 * try (var broker = EmbeddedKafkaBroker.start(new BrokerSettings("127.0.0.1", 9092, dir))) {
 *     runApp(broker.bootstrapServers());
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements KafkaBroker {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final BrokerSettings settings;
    private final String bootstrapServers;
    private final KafkaRaftServer server;
    private final ExitGuard exitGuard;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafkaBroker(BrokerSettings settings, String bootstrapServers, KafkaRaftServer server,
                                ExitGuard exitGuard) {
        this.settings = settings;
        this.bootstrapServers = bootstrapServers;
        this.server = server;
        this.exitGuard = exitGuard;
    }

    /**
     * Starts a broker and returns once it answers clients.
     *
     * @throws BrokerStartException with a user-readable message if the port or data folder is taken,
     *                              or the broker does not become ready within 60 seconds
     */
    public static EmbeddedKafkaBroker start(BrokerSettings settings) {
        long started = System.nanoTime();
        int port = settings.port() == 0 ? freePort(settings.host()) : ensurePortFree(settings.host(), settings.port());
        int controllerPort = freePort(settings.host());
        DataDirectory dataDir = new DataDirectory(settings.dataDir());
        dataDir.ensureNotInUse();
        boolean reused = dataDir.isFormatted();
        dataDir.formatIfNeeded(NODE_ID, CONTROLLER_LISTENER);

        String bootstrap = settings.host() + ":" + port;
        ExitGuard guard = ExitGuard.open("broker " + bootstrap);
        KafkaRaftServer server = null;
        try {
            server = new KafkaRaftServer(new KafkaConfig(brokerConfig(settings, port, controllerPort), false),
                    Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(settings, bootstrap, server, guard);
            broker.awaitReady(started);
            LOG.info("Kafka broker ready on {} ({} data folder {}) in {} ms", bootstrap,
                    reused ? "reused" : "new", settings.dataDir(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return broker;
        } catch (RuntimeException e) {
            shutdownQuietly(server);
            guard.close();
            if (e instanceof BrokerStartException) {
                throw e;
            }
            throw new BrokerStartException("the embedded Kafka broker failed to start on " + bootstrap
                    + " with data folder " + settings.dataDir() + ": " + e.getMessage(), e);
        }
    }

    /** {@code host:port} for clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The broker's log directory. */
    public Path dataDir() {
        return settings.dataDir();
    }

    /** Shuts the broker down cleanly, flushing its logs; later calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            // Another thread is shutting it down: return only once that is done.
            server.awaitShutdown();
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            exitGuard.close();
        }
    }

    private void awaitReady(long startedNanos) {
        long deadline = startedNanos + START_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                exitGuard.failure().ifPresent(failure -> {
                    throw new BrokerStartException("the embedded Kafka broker on " + bootstrapServers
                            + " failed while starting: " + failure);
                });
                try {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (notYet instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new BrokerStartException("interrupted while waiting for the Kafka broker", notYet);
                    }
                    LOG.debug("broker not ready yet: {}", notYet.toString());
                }
                if (System.nanoTime() > deadline) {
                    throw new BrokerStartException("the embedded Kafka broker on " + bootstrapServers
                            + " did not become ready within " + START_TIMEOUT.toSeconds() + " s");
                }
            }
        }
    }

    private static Properties brokerConfig(BrokerSettings settings, int port, int controllerPort) {
        String host = settings.host();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + host + ":" + port + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", settings.dataDir().toString());
        p.setProperty("num.partitions", String.valueOf(settings.partitions()));
        // One node: internal topics cannot be replicated, and exactly-once needs the transaction ones.
        for (String topic : new String[] {"offsets.topic", "transaction.state.log", "share.coordinator.state.topic"}) {
            p.setProperty(topic + ".replication.factor", "1");
        }
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // The defaults (50 partitions each) make the first consumer group and first transaction slow on
        // a laptop; one node gains nothing from spreading coordinators.
        p.setProperty("offsets.topic.num.partitions", "1");
        p.setProperty("transaction.state.log.num.partitions", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // The cleaner's default 128 MB dedupe buffer is sized for production brokers.
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(16L * 1024 * 1024));
        // After a crash the restarted controller still holds the dead incarnation's registration
        // and refuses the new one until that session expires: 9 s by default. Broker and
        // controller share this process, so a short session costs nothing.
        p.setProperty("broker.heartbeat.interval.ms", "500");
        p.setProperty("broker.session.timeout.ms", "2500");
        p.setProperty("server.max.startup.time.ms", String.valueOf(START_TIMEOUT.toMillis()));
        return p;
    }

    private static int ensurePortFree(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // Same option as Kafka's acceptor, so a port lingering in TIME_WAIT after a restart is free.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return port;
        } catch (IOException e) {
            throw BrokerStartException.inUse("port " + port + " on " + host
                    + " is already in use; pass --port or --bootstrap-servers", e);
        }
    }

    private static int freePort(String host) {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new BrokerStartException("cannot open a port on " + host + ": " + e.getMessage(), e);
        }
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("cleanup after a failed start also failed: {}", e.toString());
        }
    }
}
