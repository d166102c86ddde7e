package org.newsstream.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.dedup.TextFingerprint;
import org.newsstream.schema.DuplicateVerdict;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.DuplicateProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the bands' verdicts for a parked paragraph on its article partition; once every band
 * has answered, releases it, a duplicate of the earliest original any band found (ties broken by
 * id, so a replay decides the same).
 */
final class DuplicateGatherProcessor
    implements Processor<String, DuplicateVerdict, String, EnrichedParagraph> {
  private static final Logger log = LoggerFactory.getLogger(DuplicateGatherProcessor.class);
  private static final int ALL_BANDS = (1 << TextFingerprint.BANDS) - 1;
  private ProcessorContext<String, EnrichedParagraph> context;
  private KeyValueStore<String, EnrichedParagraph> pending;
  private KeyValueStore<String, DuplicateProgress> progress;

  @Override
  public void init(ProcessorContext<String, EnrichedParagraph> context) {
    this.context = context;
    this.pending = context.getStateStore(Deduplication.PENDING_STORE);
    this.progress = context.getStateStore(Deduplication.PROGRESS_STORE);
  }

  @Override
  public void process(Record<String, DuplicateVerdict> record) {
    DuplicateVerdict verdict = record.value();
    String id = verdict.getParagraphId();
    DuplicateProgress sofar = progress.get(id);
    DuplicateProgress.Builder next = sofar == null
        ? DuplicateProgress.newBuilder() : DuplicateProgress.newBuilder(sofar);
    next.setBandsAnswered(next.getBandsAnswered() | (1 << verdict.getBand()));
    if (verdict.getDuplicateOf() != null && earlier(verdict, next)) {
      next.setDuplicateOf(verdict.getDuplicateOf()).setOriginalTime(verdict.getOriginalTime());
    }
    if (next.getBandsAnswered() != ALL_BANDS) {
      progress.put(id, next.build());
      return;
    }
    EnrichedParagraph paragraph = pending.get(id);
    progress.delete(id);
    if (paragraph == null) {
      // Only a verdict written by hand or for a paragraph already released can get here: the
      // paragraph and its probes were committed together, and each band answers once.
      log.warn("duplicate verdicts for {} have no paragraph waiting; ignored", id);
      return;
    }
    pending.delete(id);
    if (next.getDuplicateOf() != null) {
      paragraph = EnrichedParagraph.newBuilder(paragraph)
          .setDuplicateOf(next.getDuplicateOf()).build();
    }
    context.forward(record.withValue(paragraph));
  }

  private static boolean earlier(DuplicateVerdict verdict, DuplicateProgress.Builder best) {
    if (best.getDuplicateOf() == null) {
      return true;
    }
    int byTime = Long.compare(verdict.getOriginalTime(), best.getOriginalTime());
    return byTime < 0 || byTime == 0 && verdict.getDuplicateOf().compareTo(best.getDuplicateOf()) < 0;
  }
}
