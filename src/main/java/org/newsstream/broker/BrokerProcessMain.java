package org.newsstream.broker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The child side of {@link BrokerProcess}: runs {@link EmbeddedKafkaBroker} until its parent
 * closes this process's standard input (a clean stop) or dies (a crash: the kernel closes the
 * pipe). Either way the broker shuts down cleanly, so a crash of the application never cuts the
 * broker off in the middle of writing transaction markers.
 *
 * <p>Protocol on standard output, one line: {@code READY host:port} or {@code FAILED message}.
 * Logs go to standard error, which the parent sends to a file in the data folder.
 */
public final class BrokerProcessMain {
    static final String READY = "READY ";
    static final String FAILED = "FAILED ";
    /** How long a new broker waits for the previous one on the same folder to finish stopping. */
    private static final Duration WAIT_FOR_PREVIOUS = Duration.ofSeconds(60);

    private BrokerProcessMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4) {
            System.out.println(FAILED + "usage: BrokerProcessMain HOST PORT DATA_DIR PARTITIONS");
            System.exit(2);
        }
        BrokerSettings settings = new BrokerSettings(args[0], Integer.parseInt(args[1]),
                Path.of(args[2]), Integer.parseInt(args[3]));
        EmbeddedKafkaBroker broker;
        try {
            broker = startWhenFree(settings);
        } catch (BrokerStartException e) {
            System.out.println(FAILED + e.getMessage().replace('\n', ' '));
            System.out.flush();
            System.exit(1);
            return;
        }
        // A SIGINT from the terminal reaches the whole process group; the parent is then closing
        // its topologies, which need the broker: stop once the parent has let go of it (closed
        // our input or exited), or after 30 s.
        CountDownLatch inputEnded = new CountDownLatch(1);
        AtomicBoolean hookStarted = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hookStarted.set(true);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
            try {
                while (System.nanoTime() < deadline && parent != null && parent.isAlive()
                        && !inputEnded.await(100, TimeUnit.MILLISECONDS)) {
                    // waiting for the parent to finish with the broker
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                broker.close();
            }
        }, "broker-shutdown"));
        System.err.println(java.time.Instant.now() + " broker: ready on " + broker.bootstrapServers());
        System.out.println(READY + broker.bootstrapServers());
        System.out.flush();
        awaitEndOfInput(System.in);
        inputEnded.countDown();
        if (!hookStarted.get()) {
            long t0 = System.nanoTime();
            System.err.println(java.time.Instant.now() + " broker: input closed (parent stopped or"
                    + " died); shutting down cleanly");
            broker.close();
            System.err.println(java.time.Instant.now() + " broker: stopped in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms");
            System.exit(0);
        }
    }

    private static EmbeddedKafkaBroker startWhenFree(BrokerSettings settings)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_FOR_PREVIOUS.toNanos();
        boolean told = false;
        while (true) {
            try {
                return EmbeddedKafkaBroker.start(settings);
            } catch (BrokerStartException e) {
                // The previous broker of a crashed application may still be shutting down.
                if (!e.previousOwnerMayBeStopping() || System.nanoTime() > deadline) {
                    throw e;
                }
                if (!told) {
                    System.err.println("waiting for the previous broker on " + settings.dataDir()
                            + " to finish stopping: " + e.getMessage());
                    told = true;
                }
                Thread.sleep(250);
            }
        }
    }

    private static void awaitEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // nothing is sent on this pipe; it only tells us the parent is alive
            }
        } catch (IOException closed) {
            // the parent is gone
        }
    }
}
