package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;
import org.newsstream.config.DedupSettings;
import org.newsstream.config.Durations;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.config.SpikeSettings;
import org.newsstream.config.TopicNames;

/** The README says what every internal topic carries: none of them may be left out. */
class InternalTopicsDocumentedTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());
  private static final Pattern ROW = Pattern.compile("^\\| (\\w+): `([^`]+)` \\|", Pattern.MULTILINE);

  @Test
  void every_repartition_and_changelog_topic_is_in_the_readme_table() throws Exception {
    Map<String, Topology> topologies = Map.of(
        "pipeline", PipelineTopology.build(TOPICS, (text, memory) -> null, 10_000,
            Clock.systemUTC(), DedupSettings.defaults(),
            Durations.parse(NewsstreamConfig.DEFAULT_ARTICLE_MEMORY), SpikeSettings.defaults()));
    Set<String> internal = new TreeSet<>();
    topologies.forEach((concern, topology) -> internalTopics(topology.describe())
        .forEach(topic -> internal.add(concern + ": " + topic)));

    Set<String> documented = new TreeSet<>();
    Matcher row = ROW.matcher(Files.readString(Path.of("README.md")));
    while (row.find()) {
      documented.add(row.group(1) + ": " + row.group(2).replace("-N-", "-"));
    }

    assertThat(documented).containsExactlyInAnyOrderElementsOf(internal);
  }

  /** Repartition topics and local stores' changelogs, band numbers folded ("band-0" → "band"). */
  private static Set<String> internalTopics(TopologyDescription description) {
    Set<String> topics = new TreeSet<>();
    for (TopologyDescription.Subtopology sub : description.subtopologies()) {
      for (TopologyDescription.Node node : sub.nodes()) {
        if (node instanceof TopologyDescription.Sink sink && sink.topic() != null
            && sink.topic().endsWith("-repartition")) {
          topics.add(sink.topic().replaceAll("-\\d+-", "-"));
        }
        if (node instanceof TopologyDescription.Processor processor) {
          processor.stores().forEach(store -> topics.add(store.replaceAll("-\\d+$", "") + "-changelog"));
        }
      }
    }
    return topics;
  }
}
