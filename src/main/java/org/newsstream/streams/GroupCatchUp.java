package org.newsstream.streams;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a consumer group (a Streams application) has committed everything on its input topics.
 * Under exactly-once a commit is atomic with the output, so a caught-up group's output is visible.
 */
public final class GroupCatchUp {
  private GroupCatchUp() {}

  public static boolean caughtUp(Admin admin, String groupId) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
          .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
      if (committed.isEmpty()) {
        return false;
      }
      Map<TopicPartition, OffsetSpec> query = new HashMap<>();
      committed.keySet().forEach(tp -> query.put(tp, OffsetSpec.latest()));
      var latest = admin.listOffsets(query).all().get(10, TimeUnit.SECONDS);
      return committed.entrySet().stream().allMatch(e ->
          e.getValue() == null || e.getValue().offset() >= latest.get(e.getKey()).offset());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }
}
