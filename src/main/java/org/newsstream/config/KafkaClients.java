package org.newsstream.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Properties for every Kafka client Newsstream creates: the bootstrap servers, then the user's
 * client config file (TLS/SASL), then our safe defaults where the user set nothing.
 */
public final class KafkaClients {
  private final String bootstrapServers;
  private final Properties userProperties;

  public KafkaClients(String bootstrapServers, Optional<Path> clientConfig) {
    this.bootstrapServers = bootstrapServers;
    this.userProperties = new Properties();
    clientConfig.ifPresent(file -> {
      try (Reader in = Files.newBufferedReader(file)) {
        userProperties.load(in);
      } catch (IOException e) {
        throw new ConfigException("cannot read client config " + file + ": " + e.getMessage());
      }
    });
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Common properties: bootstrap servers plus whatever the client config file says. */
  public Properties common() {
    Properties props = new Properties();
    props.putAll(userProperties);
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return props;
  }

  public Properties admin() {
    Properties props = common();
    props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
    return props;
  }

  /** Idempotent, acks=all, compressed: nothing lost, nothing doubled by a retry. */
  public Properties producer() {
    Properties props = common();
    props.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
    props.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
    props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
    props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    return props;
  }

  /** Reads only committed records, so readers never see output of an aborted transaction. */
  public Properties consumer(String groupIdOrNull) {
    Properties props = common();
    props.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    if (groupIdOrNull != null) {
      props.put(ConsumerConfig.GROUP_ID_CONFIG, groupIdOrNull);
    } else {
      props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    }
    return props;
  }
}
