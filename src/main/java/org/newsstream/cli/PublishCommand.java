package org.newsstream.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.newsstream.config.TopicNames;
import org.newsstream.ingest.Article;
import org.newsstream.ingest.ArticleSplitter;
import org.newsstream.ingest.ParagraphPublisher;
import org.newsstream.schema.Paragraph;
import org.newsstream.streams.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {
        "Publish articles, paragraph by paragraph, to news.paragraphs.", "",
        "Articles are split into paragraphs and produced keyed by article id.",
        "",
        "Paragraphs are separated by blank lines (or, in a text with no blank line, by line breaks).",
        "A short first line without closing punctuation is taken as the title. The article id is",
        "the file name's slug plus a digest of the text, so the same article gets the same id.",
        "",
        "A directory stands for the regular files directly in it, in name order, one article per",
        "file; hidden files and subdirectories are skipped."},
    footer = {"", "Examples:", "  bin/newsstream publish seeds/*", "  bin/newsstream publish seeds",
        "  curl -s https://example.org/story.txt | bin/newsstream publish --source example -"})
final class PublishCommand implements Callable<Integer> {
  @Mixin ClientOptions kafka;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-",
      description = "Article text files, directories of them; - reads stdin.")
  List<String> arguments;

  @Option(names = "--source", description = "Source name stored with each paragraph (e.g. reuters).")
  String source;

  @Option(names = "--url", description = "URL of the article (only with one file).")
  String url;

  @Option(names = "--article-id", description = "Use this article id (only with one file).")
  String articleId;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<String> files = ArticleFiles.expand(arguments);
    if (files.size() > 1 && (url != null || articleId != null)) {
      throw new UserException("--url and --article-id apply to one file; got " + files.size());
    }
    List<Article> articles = new ArrayList<>();
    for (String file : files) {
      Article article = read(file);
      if (article.paragraphs().isEmpty()) {
        throw new UserException("no paragraphs in " + file + ": the file is empty");
      }
      articles.add(articleId == null ? article
          : new Article(articleId, article.title(), article.paragraphs()));
    }
    Topics topics = new Topics(TopicNames.defaults());
    KafkaProbe.requireTopic(kafka.clients(), topics.paragraphs.name());
    int total = 0;
    try (KafkaProducer<String, Paragraph> producer = new KafkaProducer<>(kafka.clients().producer(),
        topics.paragraphs.keySerde().serializer(), topics.paragraphs.valueSerde().serializer())) {
      ParagraphPublisher publisher = new ParagraphPublisher(producer, topics.paragraphs.name());
      for (Article article : articles) {
        int sent = publisher.publish(
            ParagraphPublisher.paragraphs(article, source, url, Instant.now()));
        total += sent;
        System.out.printf("%s: %d paragraphs%n", article.id(), sent);
      }
    } catch (ExecutionException e) {
      throw new UserException("Kafka refused the paragraphs: " + e.getCause().getMessage());
    }
    Console.progress("published " + total + " paragraphs of " + articles.size()
        + " article(s) to " + topics.paragraphs.name() + " on " + kafka.bootstrapServers);
    return 0;
  }

  private static Article read(String file) throws IOException {
    if (file.equals("-")) {
      return ArticleSplitter.split("stdin",
          new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Path path = Path.of(file);
    if (!Files.isReadable(path)) {
      throw new UserException("cannot read " + file);
    }
    return ArticleSplitter.split(path.getFileName().toString(), Files.readString(path));
  }
}
