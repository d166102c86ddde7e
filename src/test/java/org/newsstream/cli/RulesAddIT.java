package org.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.TopicNames;
import org.newsstream.streams.TopicProvisioner;
import org.newsstream.testing.RealKafka;

/** `rules add` on a real broker: a rule's own topic is created as the user asked. */
@ExtendWith(RealKafka.class)
class RulesAddIT {
  @TempDir Path dir;
  private final KafkaClients clients = new KafkaClients(RealKafka.bootstrapServers(), Optional.empty());

  @Test
  void a_new_rule_topic_gets_the_partitions_asked_for() throws Exception {
    try (Admin admin = Admin.create(clients.admin())) {
      // What `run` would have created; other test classes that use the default names do the same.
      new TopicProvisioner(admin).ensure(TopicNames.defaults(), 3, List.of());
    }
    // Matches nothing, and is removed again: the default rules topic is shared with other tests.
    Path rules = Files.writeString(dir.resolve("rules.yaml"), "rules:\n  - id: rules-add-it\n"
        + "    entities: [No Such Entity Anywhere]\n    topic: alerts.rules-add-it\n");

    int exit = run("rules", "add", "-b", RealKafka.bootstrapServers(), "--partitions", "2",
        rules.toString());
    run("rules", "remove", "-b", RealKafka.bootstrapServers(), "rules-add-it");

    assertThat(exit).isZero();
    try (Admin admin = Admin.create(clients.admin())) {
      assertThat(admin.describeTopics(List.of("alerts.rules-add-it")).allTopicNames().get()
          .get("alerts.rules-add-it").partitions()).hasSize(2);
    }
  }

  private static int run(String... args) {
    return Main.execute(new PrintWriter(new StringWriter(), true), args);
  }
}
