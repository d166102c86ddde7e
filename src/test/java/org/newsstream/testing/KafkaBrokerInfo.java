package org.newsstream.testing;

/**
 * The broker serving this test run, injectable into test methods and lifecycle methods annotated
 * with {@code @ExtendWith(RealKafka.class)}.
 *
 * @param bootstrapServers what clients pass as {@code bootstrap.servers}
 * @param kind             {@code docker} or {@code embedded}
 */
public record KafkaBrokerInfo(String bootstrapServers, String kind) {
}
