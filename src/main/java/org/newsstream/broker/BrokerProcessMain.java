package org.newsstream.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The child side of {@link BrokerProcess}: runs {@link EmbeddedKafkaBroker} for the application
 * that started it, and stops cleanly when that application asks it to ({@code stop} on its
 * standard input) — so a crash of the application never cuts the broker off in the middle of
 * writing transaction markers.
 *
 * <p>When the application goes away without asking (a crash, {@code kill -9}: the kernel closes
 * the pipe), the broker stays up for a while ({@link AdoptionListener}) so that the application's
 * restart on the same folder can take it over rather than wait for a broker to stop and start
 * again; if no {@code run} comes within that time, it stops cleanly by itself.
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
        if (args.length != 5) {
            System.out.println(FAILED
                    + "usage: BrokerProcessMain HOST PORT DATA_DIR PARTITIONS ORPHAN_LINGER_MS");
            System.exit(2);
        }
        BrokerSettings settings = new BrokerSettings(args[0], Integer.parseInt(args[1]),
                Path.of(args[2]), Integer.parseInt(args[3]));
        Duration linger = Duration.ofMillis(Long.parseLong(args[4]));
        EmbeddedKafkaBroker broker;
        AdoptionListener adoptions;
        try {
            broker = startWhenFree(settings);
            adoptions = openAdoptions(settings, broker);
        } catch (BrokerStartException e) {
            System.out.println(FAILED + e.getMessage().replace('\n', ' '));
            System.out.flush();
            System.exit(1);
            return;
        }
        AtomicReference<ProcessHandle> owner = new AtomicReference<>(
                ProcessHandle.current().parent().orElse(null));
        // A SIGINT from the terminal reaches the whole process group; the owner is then closing
        // its topologies, which need the broker: stop once the owner has let go of it (asked us
        // to stop, or exited), or after 30 s. An orphan waiting for adoption stops at once.
        CountDownLatch released = new CountDownLatch(1);
        AtomicBoolean hookStarted = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hookStarted.set(true);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            try {
                while (System.nanoTime() < deadline) {
                    ProcessHandle current = owner.get();
                    if (current == null || !current.isAlive()
                            || released.await(100, TimeUnit.MILLISECONDS)) {
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                adoptions.close();
                broker.close();
            }
        }, "broker-shutdown"));
        log("ready on " + broker.bootstrapServers());
        System.out.println(READY + broker.bootstrapServers());
        System.out.flush();
        OwnerLink link = new OwnerLink(System.in, Optional.ofNullable(owner.get()), () -> { });
        String ready = READY + broker.bootstrapServers() + " " + settings.partitions();
        while (!link.awaitEnd()) {
            owner.set(null);
            log("the application (" + describe(link) + ") went away without stopping the broker;"
                    + " waiting up to " + linger.toSeconds() + " s for a new run on this folder to"
                    + " take it over");
            Optional<OwnerLink> next = adoptions.awaitAdopter(linger, ready);
            if (next.isEmpty()) {
                log("no run took the broker over within " + linger.toSeconds() + " s");
                break;
            }
            link = next.get();
            owner.set(link.owner().orElse(null));
            log("taken over by " + describe(link));
        }
        released.countDown();
        if (!hookStarted.get()) {
            long t0 = System.nanoTime();
            log("shutting down cleanly");
            adoptions.close();
            broker.close();
            log("stopped in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms");
            System.exit(0);
        }
    }

    private static AdoptionListener openAdoptions(BrokerSettings settings, EmbeddedKafkaBroker broker) {
        try {
            return AdoptionListener.open(settings);
        } catch (java.io.IOException e) {
            broker.close();
            throw new BrokerStartException("cannot open the broker's control port: " + e.getMessage(), e);
        }
    }

    private static String describe(OwnerLink link) {
        return link.owner().map(handle -> "process " + handle.pid()).orElse("process unknown");
    }

    private static void log(String message) {
        System.err.println(java.time.Instant.now() + " broker: " + message);
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
}
