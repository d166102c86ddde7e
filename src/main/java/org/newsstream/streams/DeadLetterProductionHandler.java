package org.newsstream.streams;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Output the producer refuses for what it is (too large for {@code max.request.size} or the
 * broker's {@code message.max.bytes}, or not serializable) would be refused on every retry; it is
 * replaced by a small dead letter that points at the source record, and the task goes on. Any
 * other send error fails the thread as before (a broker problem, which a retry can outlive).
 *
 * <p>Under exactly-once this is a second line only: the producer aborts the transaction of a
 * too-large send whatever the handler answers (measured: NeverStuckIT with uncut dead letters
 * still failed the thread), so every sink's records are kept small where they are made (the
 * intake's paragraph limit, {@link DeadLetters}' caps). Under at-least-once it does take over.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
  private DeadLetterRecords letters;

  @Override
  public void configure(Map<String, ?> configs) {
    letters = DeadLetterRecords.configured(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
      Exception exception) {
    if (!(exception instanceof RecordTooLargeException)) {
      return Response.fail();
    }
    log.warn("output for {} from {}/{}@{} is too large to write; a dead letter takes its place: {}",
        record.topic(), context.topic(), context.partition(), context.offset(), exception.toString());
    return Response.resume(List.of(letters.forUnwritable(context, record, exception)));
  }

  @Override
  public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
      Exception exception, SerializationExceptionOrigin origin) {
    log.warn("output for {} from {}/{}@{} cannot be serialized ({}); it goes to the dead letters: {}",
        record.topic(), context.topic(), context.partition(), context.offset(), origin,
        exception.toString());
    return Response.resume(List.of(letters.forSource(context, context.sourceRawKey(),
        context.sourceRawValue(), "output for " + record.topic() + " could not be serialized",
        exception)));
  }
}
