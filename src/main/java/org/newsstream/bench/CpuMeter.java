package org.newsstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * CPU time used between {@link #start} and {@link #stop}, split by where it went: the pipeline's
 * stream threads, its other client threads (producer I/O, heartbeats), the benchmark's own
 * publisher and reader, everything else in this JVM (JIT compilers, GC) and the broker's process
 * when it runs apart. What a paragraph costs, whatever else the machine is doing.
 */
public final class CpuMeter {
  /** Where a thread's time goes. */
  public enum Part { STREAM_THREADS, ANALYSIS_AHEAD, PIPELINE_CLIENTS, BENCH_CLIENTS, JVM_OTHER, BROKER }

  private final OptionalLong brokerPid;
  private final String applicationId;
  private final Thread[] benchThreads;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<Long, Long> startByThread = new HashMap<>();
  private final Map<Part, Long> used = new EnumMap<>(Part.class);
  private long processStart;
  private long brokerStart;

  /**
   * @param applicationId the Streams application's id, which its thread names start with
   * @param benchThreads the benchmark's own threads, counted apart from the pipeline
   */
  public CpuMeter(OptionalLong brokerPid, String applicationId, Thread... benchThreads) {
    this.brokerPid = brokerPid;
    this.applicationId = applicationId;
    this.benchThreads = benchThreads.clone();
  }

  public void start() {
    processStart = processNanos();
    brokerStart = brokerNanos();
    for (long id : threads.getAllThreadIds()) {
      startByThread.put(id, Math.max(0, threads.getThreadCpuTime(id)));
    }
  }

  public void stop() {
    long javaThreads = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long cpu = threads.getThreadCpuTime(info.getThreadId());
      if (cpu < 0) {
        continue;
      }
      long spent = cpu - startByThread.getOrDefault(info.getThreadId(), 0L);
      used.merge(partOf(info), spent, Long::sum);
      javaThreads += spent;
    }
    // Compiler and GC threads are not Java threads: what the process used beyond them is theirs.
    used.merge(Part.JVM_OTHER, Math.max(0, processNanos() - processStart - javaThreads), Long::sum);
    used.put(Part.BROKER, brokerNanos() - brokerStart);
  }

  public Duration used(Part part) {
    return Duration.ofNanos(used.getOrDefault(part, 0L));
  }

  /** All the CPU time counted, every part together. */
  public Duration total() {
    return Duration.ofNanos(used.values().stream().mapToLong(Long::longValue).sum());
  }

  public boolean brokerApart() {
    return brokerPid.isPresent();
  }

  private Part partOf(ThreadInfo info) {
    String name = info.getThreadName();
    for (Thread bench : benchThreads) {
      if (bench.getId() == info.getThreadId()) {
        return Part.BENCH_CLIENTS;
      }
    }
    if (name.startsWith(applicationId + "-") && name.contains("StreamThread-")) {
      return Part.STREAM_THREADS;
    }
    if (name.startsWith(applicationId + "-analysis-ahead-")) {
      return Part.ANALYSIS_AHEAD;
    }
    if (name.contains(applicationId + "-") || name.contains("| " + applicationId)) {
      return Part.PIPELINE_CLIENTS;
    }
    // The benchmark's publisher and reader have clients of their own: "producer-1", "consumer-…".
    if (name.startsWith("kafka-producer-network-thread | producer-")) {
      return Part.BENCH_CLIENTS;
    }
    return Part.JVM_OTHER;
  }

  private static long processNanos() {
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
