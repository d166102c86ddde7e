package org.newsstream.streams;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A processor that throws on a record sends that record to the dead-letter topic and the task goes
 * on. Newsstream's processors are deterministic, so the same record would throw again after any
 * number of thread replacements: retrying only stalls every partition of the task behind it.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
  private DeadLetterRecords letters;

  @Override
  public void configure(Map<String, ?> configs) {
    letters = DeadLetterRecords.configured(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    log.warn("processor {} failed on {}/{}@{}; the record goes to the dead letters: {}",
        context.processorNodeId(), context.topic(), context.partition(), context.offset(),
        exception.toString());
    return Response.resume(List.of(letters.forSource(context, context.sourceRawKey(),
        context.sourceRawValue(), "processor " + context.processorNodeId() + " failed", exception)));
  }
}
