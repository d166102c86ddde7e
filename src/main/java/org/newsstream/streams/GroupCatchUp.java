package org.newsstream.streams;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a consumer group (a Streams application) has committed everything on its input topics.
 * Under exactly-once a commit is atomic with the output, so a caught-up group's output is visible.
 *
 * <p>Every partition assigned to the group counts, not only those it has committed on: a
 * repartition topic partition that received its first record and was never committed on holds
 * work not done yet (a demo once stopped before two alerts because of that).
 */
public final class GroupCatchUp {
  private GroupCatchUp() {}

  public static boolean caughtUp(Admin admin, String groupId) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
          .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
      ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId))
          .describedGroups().get(groupId).get(10, TimeUnit.SECONDS);
      Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
      group.members().forEach(member -> partitions.addAll(member.assignment().topicPartitions()));
      if (partitions.isEmpty()) {
        return false;
      }
      Map<TopicPartition, OffsetSpec> query = new HashMap<>();
      partitions.forEach(tp -> query.put(tp, OffsetSpec.latest()));
      var latest = admin.listOffsets(query).all().get(10, TimeUnit.SECONDS);
      return partitions.stream().allMatch(tp -> {
        OffsetAndMetadata done = committed.get(tp);
        return (done == null ? 0 : done.offset()) >= latest.get(tp).offset();
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }
}
