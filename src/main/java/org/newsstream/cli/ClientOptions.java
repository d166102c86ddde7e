package org.newsstream.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newsstream.config.KafkaClients;
import picocli.CommandLine.Option;

/** Where the client commands (publish, tail, rules) find Kafka. */
final class ClientOptions {
  @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT[,...]",
      defaultValue = "${env:NEWSSTREAM_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
      description = "Kafka to talk to (default: ${DEFAULT-VALUE}, the broker `run` embeds; "
          + "env NEWSSTREAM_BOOTSTRAP_SERVERS).")
  String bootstrapServers;

  @Option(names = "--client-config", paramLabel = "FILE",
      defaultValue = "${env:NEWSSTREAM_CLIENT_CONFIG}",
      description = "Kafka client properties (TLS, SASL) applied to every client.")
  Path clientConfig;

  KafkaClients clients() {
    if (clientConfig != null && !Files.isReadable(clientConfig)) {
      throw new UserException("cannot read --client-config " + clientConfig);
    }
    return new KafkaClients(bootstrapServers, Optional.ofNullable(clientConfig));
  }
}
