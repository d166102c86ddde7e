package org.newsstream.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Keeps a data folder's local Kafka Streams state from outliving the topology that wrote it. Task
 * directories are named by sub-topology number and partition ({@code 6_1}); after an upgrade
 * that adds or removes a stage, those numbers mean other stores, and Kafka Streams 4.x opens them
 * at start-up for the stores the number now names: it failed with "Metrics recorder is
 * re-initialised with different task" on a data folder of the earlier duplicate-marking layout.
 * So a fingerprint of the topology is kept next to the tasks, and when it differs the task
 * directories are deleted: under exactly-once the changelogs hold every store, and Streams
 * restores from them as after any corrupted task.
 */
final class LocalStateLayout {
  static final String MARKER = "newsstream-topology";
  private static final Pattern TASK_DIR = Pattern.compile("\\d+_\\d+|global");

  private LocalStateLayout() {}

  /**
   * Prepares {@code appStateDir} (the state directory's folder of this application id) for
   * {@code topology}; returns a note when it deleted the local state of another topology.
   */
  static Optional<String> prepare(Path appStateDir, TopologyDescription topology) {
    String fingerprint = fingerprint(topology);
    Path marker = appStateDir.resolve(MARKER);
    try {
      if (Files.isRegularFile(marker)
          && Files.readString(marker, StandardCharsets.UTF_8).trim().equals(fingerprint)) {
        return Optional.empty();
      }
      List<Path> tasks = taskDirectories(appStateDir);
      for (Path task : tasks) {
        deleteTree(task);
      }
      Files.createDirectories(appStateDir);
      Path written = Files.writeString(appStateDir.resolve(MARKER + ".tmp"), fingerprint + "\n",
          StandardCharsets.UTF_8);
      Files.move(written, marker, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return tasks.isEmpty() ? Optional.empty() : Optional.of("the topology differs from the one "
          + "that wrote " + appStateDir + " (an upgrade): its local state of " + tasks.size()
          + " tasks was deleted and is restored from the changelogs");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the Streams state folder " + appStateDir, e);
    }
  }

  /**
   * A digest of what decides which store a task folder holds: sub-topologies, their nodes, topics
   * and stores. Not of {@code TopologyDescription.toString()}, which names a dynamic sink's
   * extractor by lambda class and identity hash, different in every process.
   */
  static String fingerprint(TopologyDescription topology) {
    StringBuilder canonical = new StringBuilder();
    topology.subtopologies().stream()
        .sorted(Comparator.comparingInt(TopologyDescription.Subtopology::id))
        .forEach(sub -> {
          canonical.append("sub ").append(sub.id()).append('\n');
          sub.nodes().stream().sorted(Comparator.comparing(TopologyDescription.Node::name))
              .forEach(node -> canonical.append(describe(node)).append('\n'));
        });
    topology.globalStores().stream()
        .sorted(Comparator.comparing(store -> store.source().name()))
        .forEach(store -> canonical.append("global ").append(describe(store.source()))
            .append(' ').append(describe(store.processor())).append('\n'));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String describe(TopologyDescription.Node node) {
    String what;
    if (node instanceof TopologyDescription.Source source) {
      what = "source " + (source.topicSet() == null ? "" : new TreeSet<>(source.topicSet()))
          + (source.topicPattern() == null ? "" : source.topicPattern().pattern());
    } else if (node instanceof TopologyDescription.Processor processor) {
      what = "processor " + new TreeSet<>(processor.stores());
    } else if (node instanceof TopologyDescription.Sink sink) {
      what = "sink " + (sink.topic() != null ? sink.topic() : "(chosen per record)");
    } else {
      what = node.getClass().getSimpleName();
    }
    return node.name() + " " + what + " -> " + node.successors().stream()
        .map(TopologyDescription.Node::name).sorted().toList();
  }

  private static List<Path> taskDirectories(Path appStateDir) throws IOException {
    List<Path> tasks = new ArrayList<>();
    if (!Files.isDirectory(appStateDir)) {
      return tasks;
    }
    try (Stream<Path> children = Files.list(appStateDir)) {
      children.filter(Files::isDirectory)
          .filter(dir -> TASK_DIR.matcher(dir.getFileName().toString()).matches())
          .forEach(tasks::add);
    }
    return tasks;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
