package org.newsstream.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;
import org.newsstream.schema.Alert;
import org.newsstream.schema.Claim;
import org.newsstream.schema.DeadLetter;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.StorySummary;
import org.newsstream.serde.AvroJson;

/** Prints pipeline output for a person (a short summary per record) or as JSON lines. */
final class RecordPrinter {
  private final boolean json;
  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  RecordPrinter(boolean json) {
    this.json = json;
  }

  void print(String topic, SpecificRecord record) {
    if (record == null) {
      out.println(json ? "{\"topic\":\"" + topic + "\",\"undecodable\":true}" : topic + ": (undecodable record)");
    } else if (json) {
      var node = AvroJson.toJson((IndexedRecord) record);
      node.put("_topic", topic);
      out.println(node);
    } else if (record instanceof EnrichedParagraph p) {
      out.println(summary(p));
    } else if (record instanceof Alert a) {
      out.println("  " + alertLine(a));
    } else if (record instanceof DeadLetter d) {
      out.printf("  DEAD LETTER %s@%d: %s%n", d.getSourceTopic(), d.getOffset(), d.getReason());
    } else {
      out.println(topic + ": " + AvroJson.toJson((IndexedRecord) record));
    }
  }

  static String alertLine(Alert a) {
    return String.format("ALERT %-7s %s%s — %s", a.getSeverity(), a.getRuleId(),
        a.getEntity() == null ? "" : " [" + a.getEntity() + "]", a.getReason());
  }

  /**
   * The stories read from {@code topic} and the alerts under each: JSON lines of the latest story
   * records, or for a person a section after the run's output.
   */
  void printStories(String topic, AlertsByStory.Grouping grouping) {
    if (json) {
      grouping.stories().forEach(s -> print(topic, s.story()));
    } else {
      storyLines(topic, grouping).forEach(out::println);
    }
  }

  static List<String> storyLines(String topic, AlertsByStory.Grouping grouping) {
    List<String> lines = new ArrayList<>();
    if (grouping.stories().isEmpty()) {
      // Alerts without stories are already printed above; a "no story" group would only repeat them.
      lines.add("stories: none published on " + topic);
      return lines;
    }
    lines.add("stories: " + grouping.stories().size() + " on " + topic
        + (grouping.merged() == 0 ? "" : " (and " + grouping.merged() + " merged into another)"));
    for (AlertsByStory.StoryAlerts group : grouping.stories()) {
      StorySummary story = group.story();
      lines.add("  STORY " + story.getStoryId() + "  " + cut(story.getHeadline(), 100));
      lines.add(String.format(Locale.ROOT, "        %s, %s%s, last seen %s, %s%s",
          plural(story.getArticleCount(), "article"), plural(story.getSourceCount(), "source"),
          story.getSources().isEmpty() ? "" : " (" + String.join(", ", story.getSources()) + ")",
          story.getLastSeen(), plural(group.alerts().size(), "alert"),
          story.getTopEntities().isEmpty() ? "" : "; " + story.getTopEntities().stream().limit(5)
              .map(e -> e.getCanonical() + " ×" + e.getMentions()).collect(Collectors.joining(", "))));
      group.alerts().forEach(a -> lines.add("    " + alertLine(a)));
    }
    if (!grouping.withoutStory().isEmpty()) {
      lines.add("  no story: " + plural(grouping.withoutStory().size(), "alert"));
      grouping.withoutStory().forEach(a -> lines.add("    " + alertLine(a)));
    }
    return lines;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }

  static String summary(EnrichedParagraph p) {
    StringBuilder s = new StringBuilder();
    String text = p.getParagraph().getText();
    s.append(String.format("¶%d %s%n", p.getParagraph().getIndex(),
        text.length() > 100 ? text.substring(0, 97) + "…" : text));
    if (!p.getEntities().isEmpty()) {
      s.append("    entities: ").append(p.getEntities().stream()
          .map(e -> (e.getText().equals(e.getCanonical()) ? e.getText()
              : e.getText() + " → " + e.getCanonical())
              + " (" + e.getType() + (e.getId() == null ? "" : ", " + e.getId()) + ")")
          .distinct().collect(Collectors.joining(", "))).append('\n');
    }
    s.append(String.format(Locale.ROOT, "    sentiment: %+.2f %s%n",
        p.getSentiment().getScore(), p.getSentiment().getLabel()));
    for (Claim c : p.getClaims()) {
      s.append(String.format(Locale.ROOT, "    claim %.2f %s%s: %s%n", c.getCheckworthiness(),
          c.getFlags(), c.getSource() == null ? "" : " (source: " + c.getSource() + ")",
          c.getText().length() > 90 ? c.getText().substring(0, 87) + "…" : c.getText()));
    }
    if (p.getDuplicateOf() != null) {
      s.append("    duplicate of ").append(p.getDuplicateOf()).append('\n');
    }
    return s.toString().stripTrailing();
  }
}
