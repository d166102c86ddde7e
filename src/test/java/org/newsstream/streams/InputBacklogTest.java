package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A backlog starts at a high mark and ends at a low one; an old look means none. */
class InputBacklogTest {
  private static final long SECOND = Duration.ofSeconds(1).toNanos();
  private final InputBacklog backlog = new InputBacklog(1000, 250, Duration.ofSeconds(2));

  @Test
  void nothing_seen_yet_is_no_backlog() {
    assertThat(backlog.behind(0)).isFalse();
  }

  @Test
  void a_backlog_begins_at_the_high_mark() {
    backlog.observed(999, 0);
    assertThat(backlog.behind(0)).isFalse();
    backlog.observed(1000, SECOND / 5);
    assertThat(backlog.behind(SECOND / 5)).isTrue();
  }

  @Test
  void it_lasts_until_the_low_mark_so_that_work_near_capacity_does_not_flip_on_every_look() {
    backlog.observed(5000, 0);
    backlog.observed(600, SECOND);
    assertThat(backlog.behind(SECOND)).isTrue();
    backlog.observed(251, 2 * SECOND);
    assertThat(backlog.behind(2 * SECOND)).isTrue();
    backlog.observed(250, 3 * SECOND);
    assertThat(backlog.behind(3 * SECOND)).isFalse();
    backlog.observed(900, 4 * SECOND);
    assertThat(backlog.behind(4 * SECOND)).isFalse();
    assertThat(backlog.begun()).isEqualTo(1);
  }

  @Test
  void each_look_says_whether_it_began_or_ended_a_backlog() {
    assertThat(backlog.observed(1200, 0)).isTrue();
    assertThat(backlog.observed(1500, SECOND)).isFalse();
    assertThat(backlog.observed(100, 2 * SECOND)).isTrue();
    assertThat(backlog.observed(1000, 3 * SECOND)).isTrue();
    assertThat(backlog.begun()).isEqualTo(2);
  }

  @Test
  void a_look_older_than_the_staleness_counts_as_caught_up() {
    backlog.observed(5000, 0);
    assertThat(backlog.behind(2 * SECOND)).isTrue();
    assertThat(backlog.behind(2 * SECOND + 1)).isFalse();
  }

  @Test
  void the_marks_must_leave_room_between_them() {
    assertThatThrownBy(() -> new InputBacklog(250, 250, Duration.ofSeconds(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
