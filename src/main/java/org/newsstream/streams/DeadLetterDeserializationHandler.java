package org.newsstream.streams;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record no serde can read goes to the dead-letter topic with its bytes, rather than being logged
 * and dropped: whatever wrote it can be fixed and the record replayed.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
  private DeadLetterRecords letters;

  @Override
  public void configure(Map<String, ?> configs) {
    letters = DeadLetterRecords.configured(configs);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    log.warn("undecodable record at {}/{}@{} goes to the dead letters: {}", record.topic(),
        record.partition(), record.offset(), exception.toString());
    return Response.resume(List.of(letters.forSource(context, record.key(), record.value(),
        "undecodable record on " + record.topic(), exception)));
  }
}
