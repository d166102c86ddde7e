package org.newsstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the top-level packages ({@code org.newsstream.X}, sub-packages counted as
 * X), read from the sources: every {@code org.newsstream.X} or {@code org.apache.kafka} named in
 * code (imports and qualified names; comments and string literals left out).
 *
 * <p>Plain JUnit rather than ArchUnit: these few rules need only the import lines, and a
 * test-scoped dependency would be one more jar to download and keep up to date.
 */
class ArchitectureTest {
  /** The news logic: pure, testable without a broker, Kafka clients or the pipeline around it. */
  static final Set<String> DOMAIN = Set.of("enrichment", "alerting", "dedup", "trends",
      "stories");
  /** The wiring and the adapters, which may use anything, but nothing uses them from below. */
  static final Set<String> OUTER = Set.of("streams", "web", "cli", "app");
  /** Leaves: shared small pieces (plain Java, or Kafka-client helpers) that import no other package. */
  static final Set<String> LEAVES = Set.of("common", "kafka");
  /** Generated Avro classes: a leaf of every package. */
  static final String SCHEMA = "schema";

  private static final Pattern PACKAGE = Pattern.compile("^package\\s+org\\.newsstream\\.(\\w+)",
      Pattern.MULTILINE);
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.newsstream\\.(\\w+)");
  private static final Pattern KAFKA = Pattern.compile("\\borg\\.apache\\.kafka\\.");

  @Test
  void thePackagesFormNoCycle() {
    Map<String, Map<String, String>> graph = graph(Path.of("src/main/java"));
    List<String> cycles = new ArrayList<>();
    for (Set<String> component : stronglyConnected(graph)) {
      if (component.size() > 1) {
        StringBuilder edges = new StringBuilder(String.join(", ", component) + ":");
        for (String from : component) {
          graph.get(from).forEach((to, file) -> {
            if (component.contains(to)) {
              edges.append("\n    ").append(from).append(" -> ").append(to).append(" (").append(file)
                  .append(')');
            }
          });
        }
        cycles.add(edges.toString());
      }
    }
    assertThat(cycles).as("package cycles").isEmpty();
  }

  @Test
  void domainCodeAndItsTestsUseNeitherThePipelineNorKafka() {
    List<String> violations = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      for (Source source : sources(root)) {
        if (!DOMAIN.contains(source.pkg())) {
          continue;
        }
        for (String used : source.uses()) {
          if (OUTER.contains(used) || used.equals("kafka")) {
            violations.add(source.file() + " uses org.newsstream." + used);
          }
        }
        if (source.usesKafka()) {
          violations.add(source.file() + " uses org.apache.kafka");
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void configImportsNoPackageButTheLeaves() {
    assertThat(usesOutside("config", LEAVES)).isEmpty();
  }

  @Test
  void theLeavesImportNoOtherPackage() {
    for (String leaf : LEAVES) {
      assertThat(usesOutside(leaf, Set.of("common"))).as(leaf).isEmpty();
    }
  }

  /** Files of {@code pkg} (main code) that use a package other than itself, the schema and {@code allowed}. */
  private static List<String> usesOutside(String pkg, Set<String> allowed) {
    List<String> violations = new ArrayList<>();
    for (Source source : sources(Path.of("src/main/java"))) {
      if (source.pkg().equals(pkg)) {
        for (String used : source.uses()) {
          if (!used.equals(pkg) && !used.equals(SCHEMA) && !allowed.contains(used)) {
            violations.add(source.file() + " uses org.newsstream." + used);
          }
        }
      }
    }
    return violations;
  }

  /** package → package it uses → one file that does, for the message. */
  private static Map<String, Map<String, String>> graph(Path root) {
    Map<String, Map<String, String>> graph = new TreeMap<>();
    for (Source source : sources(root)) {
      Map<String, String> edges = graph.computeIfAbsent(source.pkg(), p -> new TreeMap<>());
      for (String used : source.uses()) {
        if (!used.equals(source.pkg()) && !used.equals(SCHEMA)) {
          edges.putIfAbsent(used, source.file());
          graph.computeIfAbsent(used, p -> new TreeMap<>());
        }
      }
    }
    return graph;
  }

  /** Tarjan's strongly connected components. */
  private static List<Set<String>> stronglyConnected(Map<String, Map<String, String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> components = new ArrayList<>();
    for (String node : graph.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, graph, index, low, stack, onStack, components);
      }
    }
    return components;
  }

  private static void connect(String node, Map<String, Map<String, String>> graph,
      Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
      List<Set<String>> components) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (String next : graph.get(node).keySet()) {
      if (!index.containsKey(next)) {
        connect(next, graph, index, low, stack, onStack, components);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      components.add(component);
    }
  }

  record Source(String file, String pkg, Set<String> uses, boolean usesKafka) {}

  private static List<Source> sources(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Source> sources = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String code = code(Files.readString(file));
        Matcher pkg = PACKAGE.matcher(code);
        if (!pkg.find()) {
          continue;
        }
        Set<String> uses = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(code.substring(pkg.end()));
        while (reference.find()) {
          uses.add(reference.group(1));
        }
        sources.add(new Source(root.relativize(file).toString(), pkg.group(1), uses,
            KAFKA.matcher(code).find()));
      }
      assertThat(sources).as("sources under " + root.toAbsolutePath()).isNotEmpty();
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text without comments and string, text-block and character literals. */
  static String code(String text) {
    StringBuilder code = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("//", i)) {
        i = end(text, "\n", i + 2) - 1;
      } else if (text.startsWith("/*", i)) {
        i = end(text, "*/", i + 2);
        code.append(' ');
      } else if (text.startsWith("\"\"\"", i)) {
        i = end(text, "\"\"\"", i + 3);
        code.append("\"\"");
      } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
        char quote = text.charAt(i++);
        while (i < text.length() && text.charAt(i) != quote) {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        code.append(quote).append(quote);
      } else {
        code.append(text.charAt(i++));
      }
    }
    return code.toString();
  }

  /** The index just past the next {@code marker} from {@code from}, or the end of the text. */
  private static int end(String text, String marker, int from) {
    int at = text.indexOf(marker, from);
    return at < 0 ? text.length() : at + marker.length();
  }
}
