package org.newsstream.streams;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.newsstream.ingest.ParagraphIntake;

/**
 * An article's memory lives in the task that owns its id, but Kafka partitions by the record key:
 * a producer keying otherwise (kcat without {@code -K}, a null key, a key of its own) would split
 * one article's paragraphs over tasks that each know part of its names. Such records are re-keyed
 * by article id through the {@value #REPARTITION} topic; records already keyed by their article
 * id (what {@code publish} writes) skip the hop.
 */
final class ArticleKeys {
  static final String REPARTITION = "paragraphs-rekeyed-by-article";

  private ArticleKeys() {}

  /**
   * Whether a paragraph Newsstream will enrich has a key other than its article id. Records the
   * intake rejects stay where they are: their dead letter needs no article's memory.
   */
  static boolean misKeyed(ParagraphIntake intake, byte[] key, byte[] value) {
    ParagraphIntake.Outcome outcome = intake.read(value);
    return outcome.accepted() && !Arrays.equals(key, articleId(outcome));
  }

  private static byte[] articleId(ParagraphIntake.Outcome outcome) {
    return outcome.paragraph().getArticleId().getBytes(StandardCharsets.UTF_8);
  }

  /** Keys a record by its article id and stamps where it came from. */
  static final class KeyByArticle implements Processor<byte[], byte[], byte[], byte[]> {
    private final ParagraphIntake intake;
    private ProcessorContext<byte[], byte[]> context;
    private PromptCommits commits;

    KeyByArticle(ParagraphIntake intake) {
      this.intake = intake;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
      this.context = context;
      // The re-keyed record is one more hop, and waits for this task's commit.
      this.commits = PromptCommits.schedule(context);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
      commits.processed();
      byte[] articleId = articleId(intake.read(record.value()));
      context.forward(record.withKey(articleId).withHeaders(ParagraphOrigin.stamp(
          record.headers(), context.recordMetadata().orElseThrow(), record.key())));
    }
  }
}
