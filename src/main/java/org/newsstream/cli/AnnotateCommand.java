package org.newsstream.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.newsstream.config.Durations;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.enrichment.linking.CrossArticleSurnames;
import org.newsstream.enrichment.linking.SurnameMemory;
import org.newsstream.ingest.Article;
import org.newsstream.ingest.ArticleSplitter;
import org.newsstream.serde.AvroJson;
import org.newsstream.stories.Assignment;
import org.newsstream.stories.EntityKeys;
import org.newsstream.stories.OfflineStories;
import org.newsstream.stories.Story;
import org.newsstream.stories.StoryArticle;
import org.newsstream.stories.StoryIds;
import org.newsstream.stories.StorySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = {
        "Enrich text offline, without Kafka; JSON lines out.", "",
        "Runs the same code as the enrichment topology.",
        "Writes one JSON object per paragraph, in input order:",
        "  {id, articleId, text, entities:[{text,type,start,end,canonical}],",
        "   sentiment:{score,label}, entitySentiments:[{canonical,score,mentions}],",
        "   claims:[{text,start,end,flags,checkworthiness,source}], truncated, storyId}",
        "Offsets are Java string (UTF-16) offsets into text, end exclusive.",
        "storyId: the story the article was put in, by the same story clustering as the",
        "stream, over the input in order: an article's first paragraph decides, the story's id",
        "is story: and the id of its first article (the key on news.stories). It is the story",
        "as of that line: when a later article",
        "shows two stories to be one, the younger is merged into the older, and later lines of",
        "either carry the older id.",
        "A person named only by surname (\"Kovalenko\") whose article never gave the full name",
        "takes the id and name of the one person named in full with that surname in an earlier",
        "line (within " + NewsstreamConfig.DEFAULT_ARTICLE_MEMORY + " of publishedAt), as in the stream; "
            + "never a guess between two."},
    footer = {"", "Input formats:",
        "  text   article files (paragraphs separated by blank lines, or one per line); text has",
        "         no times, so all its articles count as published at one moment",
        "  jsonl  one object per line: {\"id\": ..., \"text\": ..., \"articleId\": ...}; consecutive lines",
        "         with the same articleId are paragraphs of one article (names carry over).",
        "         Optional per line: \"publishedAt\" (epoch milliseconds, or ISO-8601 such as",
        "         \"2014-03-10T18:12:50Z\"; a line without it counts as published at the latest time",
        "         seen so far) and \"source\" (the publisher, counted into the story's sources).",
        "         Stories expire --story-window after their last article, by these times.",
        "", "Examples:", "  bin/newsstream annotate seeds/putin-choe-handshake.txt",
        "  echo '{\"id\":\"1\",\"text\":\"Putin met Kim Jong Un in Pyongyang.\"}' | bin/newsstream annotate --format jsonl",
        "  echo '{\"id\":\"a1\",\"text\":\"Fed official says weak data caused by weather\",\"publishedAt\":\"2014-03-11T12:00:00Z\",\"source\":\"Reuters\"}' \\",
        "    | bin/newsstream annotate --format jsonl"})
final class AnnotateCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  enum Format { text, jsonl }

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(arity = "0..*", paramLabel = "FILE|-", description = "Input files; none or - reads stdin.")
  List<String> files = List.of();

  @Option(names = "--enrichment-budget", defaultValue = NewsstreamConfig.DEFAULT_ENRICHMENT_BUDGET,
      paramLabel = "DURATION",
      description = "Time one paragraph may take (default: ${DEFAULT-VALUE}).")
  String budget;

  @Option(names = "--story-window", defaultValue = NewsstreamConfig.DEFAULT_STORY_WINDOW, paramLabel = "DURATION",
      description = "A story takes no article this long after its last one "
          + "(default: ${DEFAULT-VALUE}).")
  String storyWindow;

  private OfflineStories stories;
  private SurnameMemory surnames;

  @Override
  public Integer call() throws IOException {
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    for (String input : inputs) {
      if (!input.equals("-") && !Files.isRegularFile(Path.of(input))) {
        throw new UserException("no such file: " + input);
      }
    }
    Duration window = DurationFlag.parse("--story-window", storyWindow);
    if (window.isZero() || window.isNegative()) {
      throw new UserException("--story-window must be positive, got " + storyWindow);
    }
    stories = new OfflineStories(StorySettings.defaults().withWindow(window));
    surnames = new SurnameMemory(Durations.parse(NewsstreamConfig.DEFAULT_ARTICLE_MEMORY));
    ParagraphEnricher enricher = Enrichers.load(DurationFlag.parse("--enrichment-budget", budget));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int paragraphs = 0;
    for (String input : inputs) {
      paragraphs += format == Format.text
          ? annotateText(enricher, input, out) : annotateJsonLines(enricher, input, out);
    }
    out.flush();
    Console.progress("annotated " + paragraphs + " paragraphs");
    return 0;
  }

  private int annotateText(ParagraphEnricher enricher, String input, PrintStream out)
      throws IOException {
    String text = input.equals("-")
        ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
        : Files.readString(Path.of(input));
    Article article = ArticleSplitter.split(input.equals("-") ? "stdin" : Path.of(input)
        .getFileName().toString(), text);
    ArticleMemory memory = ArticleMemory.empty();
    for (int i = 0; i < article.paragraphs().size(); i++) {
      String paragraph = article.paragraphs().get(i);
      Annotation annotation = linkSurnames(enricher.annotate(paragraph, memory), 0L);
      String storyId = story(article.id(), article.title() != null ? article.title() : paragraph,
          annotation, 0L, null, i == 0);
      out.println(json(article.id() + "/" + i, article.id(), paragraph, annotation, storyId));
    }
    return article.paragraphs().size();
  }

  private int annotateJsonLines(ParagraphEnricher enricher, String input, PrintStream out)
      throws IOException {
    BufferedReader reader = input.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    int count = 0;
    int lineNumber = 0;
    String currentArticle = null;
    ArticleMemory memory = ArticleMemory.empty();
    long streamTime = 0;
    try (reader) {
      for (String line; (line = reader.readLine()) != null; ) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new UserException(input + " line " + lineNumber + ": not JSON ("
              + e.getOriginalMessage() + ")");
        }
        if (!node.isObject() || !node.path("text").isTextual()) {
          throw new UserException(input + " line " + lineNumber
              + ": expected an object with a string field \"text\"");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : String.valueOf(lineNumber);
        String articleId = node.hasNonNull("articleId") ? node.get("articleId").asText() : null;
        boolean firstParagraph = articleId == null || !Objects.equals(articleId, currentArticle);
        if (firstParagraph) {
          memory = ArticleMemory.empty();
        }
        currentArticle = articleId;
        if (node.hasNonNull("publishedAt")) {
          try {
            streamTime = PublishedAt.parse(node.get("publishedAt"));
          } catch (IllegalArgumentException e) {
            throw new UserException(input + " line " + lineNumber + ": " + e.getMessage());
          }
        }
        if (node.has("source") && !node.get("source").isNull() && !node.get("source").isTextual()) {
          throw new UserException(input + " line " + lineNumber + ": source must be a string");
        }
        String source = node.hasNonNull("source") ? node.get("source").asText() : null;
        String text = node.get("text").asText();
        String article = articleId == null ? id : articleId;
        Annotation annotation = linkSurnames(enricher.annotate(text, memory), streamTime);
        out.println(json(id, article, text, annotation,
            story(article, text, annotation, streamTime, source, firstParagraph)));
        count++;
      }
    }
    return count;
  }

  /**
   * Bare surnames linked across the input's articles, in input order, as the stream's story stage
   * links them in its order (the same code).
   */
  private Annotation linkSurnames(Annotation annotation, long publishedAt) {
    CrossArticleSurnames.Linked linked = CrossArticleSurnames.apply(annotation.entities(),
        annotation.entitySentiments(), annotation.claims(), surnames,
        java.time.Instant.ofEpochMilli(publishedAt));
    if (!linked.changed()) {
      return annotation;
    }
    return new Annotation(linked.entities(), annotation.sentiment(), linked.entitySentiments(),
        linked.claims(), annotation.truncated(), annotation.language(), annotation.notAnnotated());
  }

  /**
   * The article's story: its first paragraph is assigned (the same clusterer as the stream),
   * later ones are counted into the story it was put in.
   */
  private String story(String articleId, String decidingText, Annotation annotation,
      long publishedAt, String source, boolean firstParagraph) {
    double sentiment = annotation.sentiment().getScore();
    int claims = annotation.claims().size();
    if (firstParagraph) {
      Assignment assignment = stories.assign(new StoryArticle(articleId, decidingText,
          EntityKeys.of(annotation.entities()), publishedAt, source));
      if (!assignment.alreadyAssigned()) {
        stories.addParagraph(articleId, sentiment, claims);
        return StoryIds.publicId(assignment.storyId());
      }
    }
    Story story = stories.addParagraph(articleId, sentiment, claims);
    return story == null ? null : StoryIds.publicId(story.id());
  }

  static String json(String id, String articleId, String text, Annotation annotation,
      String storyId) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", id);
    node.put("articleId", articleId);
    node.put("text", text);
    node.put("language", annotation.language());
    if (annotation.notAnnotated() != null) {
      node.put("notAnnotated", annotation.notAnnotated());
    }
    ArrayNode entities = node.putArray("entities");
    annotation.entities().forEach(e -> entities.add(AvroJson.toJson(e)));
    node.set("sentiment", AvroJson.toJson(annotation.sentiment()));
    ArrayNode perEntity = node.putArray("entitySentiments");
    annotation.entitySentiments().forEach(s -> perEntity.add(AvroJson.toJson(s)));
    ArrayNode claims = node.putArray("claims");
    annotation.claims().forEach(c -> claims.add(AvroJson.toJson(c)));
    node.put("truncated", annotation.truncated());
    node.put("storyId", storyId);
    return node.toString();
  }
}
