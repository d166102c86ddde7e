package org.newsstream.broker;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a fatal broker error from killing the host application.
 *
 * <p>Kafka's fault handlers call {@link Exit#halt} (and sometimes {@link Exit#exit}), which end the
 * JVM: right for a dedicated broker process, wrong for a CLI or test run that merely hosts one. While
 * at least one guard is open, both procedures log, record the failure on every open guard and throw
 * instead. Kafka's {@code Exit} procedures are JVM-wide and have no getter, so guards are counted and
 * the defaults are restored when the last one closes.
 */
final class ExitGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExitGuard.class);
    private static final Set<ExitGuard> OPEN = new CopyOnWriteArraySet<>();

    private final String owner;
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private ExitGuard(String owner) {
        this.owner = owner;
    }

    /** Installs the non-lethal procedures (if not already) and registers a new guard. */
    static ExitGuard open(String owner) {
        ExitGuard guard = new ExitGuard(owner);
        synchronized (OPEN) {
            if (OPEN.isEmpty()) {
                Exit.setHaltProcedure((status, message) -> intercept("halt", status, message));
                Exit.setExitProcedure((status, message) -> intercept("exit", status, message));
            }
            OPEN.add(guard);
        }
        return guard;
    }

    /** The first fatal error the broker reported while this guard was open, if any. */
    Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        synchronized (OPEN) {
            OPEN.remove(this);
            if (OPEN.isEmpty()) {
                Exit.resetHaltProcedure();
                Exit.resetExitProcedure();
            }
        }
    }

    private static void intercept(String kind, int status, String message) {
        String text = "Kafka broker requested JVM " + kind + " (status " + status + ")"
                + (message == null ? "" : ": " + message);
        LOG.error("{}; the host application keeps running, the broker is unusable", text);
        for (ExitGuard guard : OPEN) {
            guard.failure.compareAndSet(null, text);
            LOG.debug("recorded fatal error for {}", guard.owner);
        }
        // Throwing unwinds the failing broker thread, which is what Kafka's own tests rely on too.
        throw new IllegalStateException(text);
    }
}
