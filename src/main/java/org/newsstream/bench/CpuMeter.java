package org.newsstream.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * CPU time used by this JVM and, if it runs apart, the broker's process, between {@link #start}
 * and {@link #stop}: what a paragraph costs, whatever else the machine is doing.
 */
public final class CpuMeter {
  private final OptionalLong brokerPid;
  private long appStart;
  private long brokerStart;
  private long appUsed;
  private long brokerUsed;

  public CpuMeter(OptionalLong brokerPid) {
    this.brokerPid = brokerPid;
  }

  public void start() {
    appStart = appNanos();
    brokerStart = brokerNanos();
  }

  public void stop() {
    appUsed = appNanos() - appStart;
    brokerUsed = brokerNanos() - brokerStart;
  }

  public Duration app() {
    return Duration.ofNanos(appUsed);
  }

  /** Zero when the broker shares this JVM (its time is then in {@link #app}). */
  public Duration broker() {
    return Duration.ofNanos(brokerUsed);
  }

  public boolean brokerApart() {
    return brokerPid.isPresent();
  }

  private static long appNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private long brokerNanos() {
    if (brokerPid.isEmpty()) {
      return 0;
    }
    return ProcessHandle.of(brokerPid.getAsLong())
        .flatMap(handle -> handle.info().totalCpuDuration())
        .map(Duration::toNanos).orElse(0L);
  }
}
