package org.newsstream.broker;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how the embedded broker runs.
 *
 * @param host       interface the PLAINTEXT listener binds to and advertises; {@code null} or blank
 *                   means {@value #DEFAULT_HOST}
 * @param port       PLAINTEXT port; {@code 0} picks a free one
 * @param dataDir    log directory; formatted on first use, reused on later starts
 * @param partitions default partition count of topics created without an explicit count
 */
public record BrokerSettings(String host, int port, Path dataDir, int partitions) {

    /** Loopback by default, so a developer's broker is not exposed to the network. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    public BrokerSettings {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host;
        Objects.requireNonNull(dataDir, "dataDir");
        dataDir = dataDir.toAbsolutePath().normalize();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
    }

    /** Settings with one partition per auto-created topic. */
    public BrokerSettings(String host, int port, Path dataDir) {
        this(host, port, dataDir, 1);
    }

    /** Loopback, a free port, one partition per auto-created topic. */
    public static BrokerSettings ephemeralPort(Path dataDir) {
        return new BrokerSettings(DEFAULT_HOST, 0, dataDir);
    }
}
