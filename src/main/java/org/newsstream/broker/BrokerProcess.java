package org.newsstream.broker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker in a child JVM of its own ({@link BrokerProcessMain}).
 *
 * <p>Why: with the broker inside the application, a crash or {@code kill -9} of the application
 * killed the broker in the middle of whatever it was doing, transaction markers included; one such
 * crash left a transaction hanging on the data folder for good (docs/reliability.md). A child
 * broker outlives the application's crash by the second it takes to shut down cleanly: the kernel
 * closes the pipe to its standard input, the child sees the end of input and stops. Its log goes
 * to {@code broker.log} beside its data folder, not into the user's terminal.
 */
public final class BrokerProcess implements KafkaBroker {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerProcess.class);
    /** Covers waiting for a previous broker to stop (60 s at most) and a start after a crash. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final String bootstrapServers;
    private final Path dataDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private BrokerProcess(Process process, String bootstrapServers, Path dataDir) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /** The file the child broker logs to. */
    public static Path logFile(BrokerSettings settings) {
        return settings.dataDir().resolveSibling("broker.log");
    }

    /**
     * Starts the child and returns once its broker answers clients.
     *
     * @throws BrokerStartException with the child's own one-line reason when it could not start
     */
    public static BrokerProcess start(BrokerSettings settings) {
        Path log = logFile(settings);
        Process process;
        try {
            Files.createDirectories(settings.dataDir().getParent());
            List<String> command = BrokerJvm.current(System.getenv()).command(
                    BrokerProcessMain.class.getName(),
                    List.of(settings.host(), String.valueOf(settings.port()),
                            settings.dataDir().toString(), String.valueOf(settings.partitions())));
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new BrokerStartException("cannot start the broker process: " + e.getMessage(), e);
        }
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> firstLine(process));
        String line;
        try {
            line = answer.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            throw new BrokerStartException("the broker process did not start within "
                    + START_TIMEOUT.toSeconds() + " s; see " + log, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BrokerStartException("interrupted while the broker process started", e);
        }
        if (line != null && line.startsWith(BrokerProcessMain.READY)) {
            drain(process);
            String servers = line.substring(BrokerProcessMain.READY.length()).strip();
            LOG.info("broker process {} ready on {}", process.pid(), servers);
            return new BrokerProcess(process, servers, settings.dataDir());
        }
        process.destroyForcibly();
        if (line != null && line.startsWith(BrokerProcessMain.FAILED)) {
            throw new BrokerStartException(line.substring(BrokerProcessMain.FAILED.length()));
        }
        throw new BrokerStartException("the broker process exited before it was ready; see " + log);
    }

    /** Nothing more is expected on the child's stdout; read it anyway so it can never block. */
    private static void drain(Process process) {
        Thread drainer = new Thread(() -> {
            try {
                process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException closed) {
                // the child is gone
            }
        }, "broker-process-stdout");
        drainer.setDaemon(true);
        drainer.start();
    }

    private static String firstLine(Process process) {
        try {
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    /** The child's process id, for operators and tests. */
    public long pid() {
        return process.pid();
    }

    @Override
    public java.util.OptionalLong processId() {
        return java.util.OptionalLong.of(process.pid());
    }

    /** Closes the child's input, which it takes as the signal to stop, and waits for it. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("the broker process {} did not stop within {} s; killing it", process.pid(),
                        STOP_TIMEOUT.toSeconds());
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
