package org.newsstream.streams;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberToRemove;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each stream thread is a static member of the group, {@code <instance id>-<thread index>}. A
 * process killed while it ran more threads than its restart has (an upgrade from three to two
 * threads, or a smaller {@code --threads}) leaves the extra members in the group, holding their
 * partitions until their session times out; the restarted process takes them out before it
 * joins, so that its first rebalance gives it every task at once. A clean stop leaves the group
 * anyway, and then there is nothing to take out.
 */
final class StaticMembers {
  private static final Logger log = LoggerFactory.getLogger(StaticMembers.class);

  private StaticMembers() {}

  /** Thread indexes up to this are looked for above the configured count. */
  static final int MOST_THREADS_LOOKED_FOR = 8;

  static void forgetThreadsAbove(Admin admin, String groupId, String groupInstanceId,
      int threads) {
    if (groupInstanceId == null || threads >= MOST_THREADS_LOOKED_FOR) {
      return;
    }
    List<MemberToRemove> extra = IntStream.rangeClosed(threads + 1, MOST_THREADS_LOOKED_FOR)
        .mapToObj(index -> new MemberToRemove(groupInstanceId + "-" + index)).toList();
    var removal = admin.removeMembersFromConsumerGroup(groupId,
        new RemoveMembersFromConsumerGroupOptions(extra));
    for (MemberToRemove member : extra) {
      try {
        removal.memberResult(member).get(5, TimeUnit.SECONDS);
        log.warn("took {} out of group {}: a stream thread of a run with more threads, which"
            + " did not stop cleanly", member.groupInstanceId(), groupId);
      } catch (ExecutionException e) {
        // The usual case: no such member, or no group yet.
        log.debug("{} not in group {}: {}", member.groupInstanceId(), groupId, e.getCause());
      } catch (TimeoutException e) {
        log.warn("could not check group {} for members of more stream threads in 5 s; if there"
            + " are any, their partitions wait for their sessions to time out (10 s)", groupId);
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
