package org.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

  @Test
  void the_bench_threads_own_work_is_counted_apart_and_the_total_is_every_part_together() {
    CpuMeter cpu = new CpuMeter(OptionalLong.empty(), "no-such-application",
        Thread.currentThread());

    cpu.start();
    long until = System.nanoTime() + 200_000_000L;
    double sink = 0;
    while (System.nanoTime() < until) {
      sink += Math.sqrt(sink + 1);
    }
    cpu.stop();

    assertThat(sink).isPositive();
    assertThat(cpu.used(CpuMeter.Part.BENCH_CLIENTS)).isGreaterThan(Duration.ofMillis(100));
    assertThat(cpu.used(CpuMeter.Part.STREAM_THREADS)).isZero();
    assertThat(cpu.used(CpuMeter.Part.BROKER)).isZero();
    Duration parts = Arrays.stream(CpuMeter.Part.values()).map(cpu::used)
        .reduce(Duration.ZERO, Duration::plus);
    assertThat(cpu.total()).isEqualTo(parts);
  }
}
