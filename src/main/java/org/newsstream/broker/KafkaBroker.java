package org.newsstream.broker;

import java.nio.file.Path;

/** A broker Newsstream started for itself, in this JVM or in a child process. */
public interface KafkaBroker extends AutoCloseable {
    /** {@code host:port} for clients' {@code bootstrap.servers}. */
    String bootstrapServers();

    /** The broker's log directory. */
    Path dataDir();

    /** The broker's own process when it runs in a child JVM; empty when it shares this one. */
    default java.util.OptionalLong processId() {
        return java.util.OptionalLong.empty();
    }

    /** Shuts the broker down cleanly; later calls do nothing. */
    @Override
    void close();

    /**
     * Starts the embedded broker the default way: in a child JVM that outlives a crash of this
     * one long enough to shut down cleanly (docs/reliability.md), or in this JVM when the
     * environment says {@code NEWSSTREAM_BROKER=in-process}.
     */
    static KafkaBroker start(BrokerSettings settings) {
        return "in-process".equals(System.getenv("NEWSSTREAM_BROKER"))
                ? EmbeddedKafkaBroker.start(settings)
                : BrokerProcess.start(settings);
    }
}
