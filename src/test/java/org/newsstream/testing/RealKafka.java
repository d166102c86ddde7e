package org.newsstream.testing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.newsstream.broker.BrokerSettings;
import org.newsstream.broker.EmbeddedKafkaBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * JUnit 5 extension giving integration tests one real Kafka broker for the whole test run.
 *
 * <p>System property {@value #MODE_PROPERTY} picks it: {@code auto} (default) uses a Testcontainers
 * {@code apache/kafka} container when a Docker engine answers and the in-process
 * {@link EmbeddedKafkaBroker} otherwise; {@code docker} or {@code embedded} force one. The broker is
 * kept in the root store, so every test class shares it and JUnit closes it after the last one.
 *
 * <p>Tests read the address from {@link #bootstrapServers()} or declare a {@link KafkaBrokerInfo}
 * parameter.
 */
public final class RealKafka implements BeforeAllCallback, ParameterResolver {

    /** System property choosing the broker: auto, docker or embedded. */
    public static final String MODE_PROPERTY = "newsstream.test.broker";
    /** The image matching the kafka-clients version in the pom. */
    static final String KAFKA_IMAGE = "apache/kafka:4.3.1";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealKafka.class);
    private static volatile KafkaBrokerInfo current;

    @Override
    public void beforeAll(ExtensionContext context) {
        broker(context);
    }

    /** Bootstrap servers of the shared broker; valid once a class using this extension has started. */
    public static String bootstrapServers() {
        KafkaBrokerInfo info = current;
        if (info == null) {
            throw new IllegalStateException("no broker yet: annotate the test class with @ExtendWith(RealKafka.class)");
        }
        return info.bootstrapServers();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBrokerInfo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return broker(context);
    }

    private static KafkaBrokerInfo broker(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedBroker.class, type -> SharedBroker.start(), SharedBroker.class)
                .info();
    }

    /** The running broker; JUnit closes AutoCloseable store values when the root context ends. */
    private record SharedBroker(KafkaBrokerInfo info, AutoCloseable resource) implements AutoCloseable {

        static SharedBroker start() {
            String mode = System.getProperty(MODE_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
            SharedBroker broker = switch (mode) {
                case "docker" -> docker("forced by -D" + MODE_PROPERTY + "=docker");
                case "embedded" -> embedded("forced by -D" + MODE_PROPERTY + "=embedded");
                case "auto", "" -> DockerClientFactory.instance().isDockerAvailable()
                        ? docker("auto: a Docker engine answered")
                        : embedded("auto: no Docker engine answered");
                default -> throw new IllegalArgumentException(
                        MODE_PROPERTY + " must be auto, docker or embedded, was '" + mode + "'");
            };
            current = broker.info();
            return broker;
        }

        private static SharedBroker docker(String reason) {
            KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
            container.start();
            announce("docker " + KAFKA_IMAGE, container.getBootstrapServers(), reason);
            return new SharedBroker(new KafkaBrokerInfo(container.getBootstrapServers(), "docker"), container);
        }

        private static SharedBroker embedded(String reason) {
            try {
                Path dir = Files.createTempDirectory("newsstream-test-kafka");
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.ephemeralPort(dir));
                announce("embedded KRaft", broker.bootstrapServers(), reason);
                return new SharedBroker(new KafkaBrokerInfo(broker.bootstrapServers(), "embedded"), () -> {
                    broker.close();
                    deleteRecursively(dir);
                });
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a temp dir for the test broker", e);
            }
        }

        private static void announce(String what, String bootstrap, String reason) {
            System.out.printf("[RealKafka] using %s broker at %s (%s)%n", what, bootstrap, reason);
        }

        @Override
        public void close() throws Exception {
            current = null;
            resource.close();
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
