package org.newsstream.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.newsstream.schema.Paragraph;

/**
 * Produces an article's paragraphs, keyed by article id so they stay in order on one partition,
 * and waits for every acknowledgement: a count it reports is a count the broker has.
 */
public final class ParagraphPublisher {
  private final Producer<String, Paragraph> producer;
  private final String topic;

  public ParagraphPublisher(Producer<String, Paragraph> producer, String topic) {
    this.producer = producer;
    this.topic = topic;
  }

  public static List<Paragraph> paragraphs(Article article, String source, String url, Instant now) {
    List<Paragraph> records = new ArrayList<>();
    for (int i = 0; i < article.paragraphs().size(); i++) {
      records.add(Paragraph.newBuilder()
          .setArticleId(article.id())
          .setIndex(i)
          .setText(article.paragraphs().get(i))
          .setTitle(article.title())
          .setSource(source)
          .setUrl(url)
          .setPublishedAt(now)
          .build());
    }
    return records;
  }

  /** Sends and waits; returns how many paragraphs the broker acknowledged. */
  public int publish(List<Paragraph> paragraphs) throws InterruptedException, ExecutionException {
    List<Future<RecordMetadata>> acks = new ArrayList<>();
    for (Paragraph paragraph : paragraphs) {
      acks.add(producer.send(new ProducerRecord<>(topic, paragraph.getArticleId(), paragraph)));
    }
    producer.flush();
    for (Future<RecordMetadata> ack : acks) {
      ack.get();
    }
    return acks.size();
  }
}
