package org.newsstream.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.newsstream.alerting.RuleFiles;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.TopicNames;
import org.newsstream.kafka.RulesTopic;
import org.newsstream.schema.AlertRule;
import org.newsstream.serde.AvroJson;
import org.newsstream.streams.TopicProvisioner;
import org.newsstream.streams.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"Manage the alert rules on the compacted topic news.alert-rules.",
        "Changes take effect on the next paragraph, without a restart."},
    subcommands = {RulesCommand.Add.class, RulesCommand.ListRules.class, RulesCommand.Remove.class})
final class RulesCommand {

  static RulesTopic rulesTopic(KafkaClients clients) {
    Topics topics = new Topics(TopicNames.defaults());
    KafkaProbe.requireTopic(clients, topics.alertRules.name());
    return new RulesTopic(topics.alertRules, clients.producer(), clients.consumer(null));
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Add or replace the rules of a YAML or JSON file (a rule with a known id is replaced).",
          "Every rule is checked first; if one is invalid, none is written."},
      footer = {"", "Example file:", "  rules:", "    - id: north-korea-figures",
          "      entities: [North Korea]", "      claimFlags: [NUMERIC]",
          "      severity: FLASH", "      topic: alerts.north-korea", "      throttle: 10m",
          "    - id: what-kyiv-claims            # a speaker watch: one alert per source speaking",
          "      sources: [Kyiv, Volodymyr Zelensky]", "      minCheckworthiness: 0.7", "",
          "Fields: id, description, entities, entityTypes, keywords, claimFlags,",
          "minCheckworthiness, sentimentBelow, sentimentAbove, entitySentimentBelow,",
          "entitySentimentAbove, coMentions, sources, severity, topic, throttle;",
          "README.md, \"Alert rules\", says what each does."})
  static final class Add implements Callable<Integer> {
    /** `run`'s default, for a cluster where news.alerts is missing. */
    private static final int DEFAULT_PARTITIONS = 3;

    @Mixin ClientOptions kafka;

    @Parameters(paramLabel = "FILE", description = "Rules file (YAML or JSON).")
    Path file;

    @Option(names = "--partitions", paramLabel = "N",
        description = "Partitions of a rule topic that does not exist yet "
            + "(default: as many as news.alerts has, i.e. what `run --partitions` gave).")
    Integer partitions;

    @Override
    public Integer call() throws InterruptedException {
      if (partitions != null && partitions < 1) {
        throw new UserException("--partitions: must be at least 1");
      }
      List<AlertRule> rules = RuleFiles.read(file, TopicNames.defaults().alerts());
      KafkaClients clients = kafka.clients();
      RulesTopic topic = rulesTopic(clients);
      try (Admin admin = Admin.create(clients.admin())) {
        int count = partitions != null ? partitions
            : KafkaProbe.partitions(admin, TopicNames.defaults().alerts(), DEFAULT_PARTITIONS);
        // A rule's own topic must exist before its first alert, on clusters that do not auto-create.
        new TopicProvisioner(admin).ensure(TopicNames.defaults(), count,
            rules.stream().map(AlertRule::getTopic).distinct().toList());
      }
      try {
        topic.put(rules);
      } catch (ExecutionException e) {
        throw new UserException("Kafka refused the rules: " + e.getCause().getMessage());
      }
      rules.forEach(r -> System.out.println("added " + r.getId() + " → " + r.getTopic()));
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Print the rules in force, one JSON object per line.")
  static final class ListRules implements Callable<Integer> {
    @Mixin ClientOptions kafka;

    @Override
    public Integer call() {
      for (AlertRule rule : rulesTopic(kafka.clients()).list()) {
        System.out.println(AvroJson.toJson(rule));
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true,
      description = "Delete a rule (a tombstone on the rules topic).")
  static final class Remove implements Callable<Integer> {
    @Mixin ClientOptions kafka;

    @Parameters(paramLabel = "ID", description = "Rule id, as shown by `rules list`.")
    String id;

    @Override
    public Integer call() throws InterruptedException {
      RulesTopic topic = rulesTopic(kafka.clients());
      if (topic.list().stream().noneMatch(r -> r.getId().equals(id))) {
        throw new UserException("no rule with id '" + id + "'; see `bin/newsstream rules list`");
      }
      try {
        topic.delete(id);
      } catch (ExecutionException e) {
        throw new UserException("Kafka refused the deletion: " + e.getCause().getMessage());
      }
      System.out.println("removed " + id);
      return 0;
    }
  }
}
