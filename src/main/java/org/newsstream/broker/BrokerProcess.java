package org.newsstream.broker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * broker outlives the application's crash: the kernel closes the pipe to its standard input, and
 * the child waits {@link #ORPHAN_LINGER} for the next start on the same folder to take it over
 * ({@link #start} does that first), then stops cleanly if none came. Taking a running broker over
 * instead of starting one took seconds off every recovery after a crash. Its log goes to
 * {@code broker.log} beside its data folder, not into the user's terminal.
 */
public final class BrokerProcess implements KafkaBroker {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerProcess.class);
    /** Covers waiting for a previous broker to stop (60 s at most) and a start after a crash. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /**
     * How long a broker whose application crashed waits to be taken over: long enough for a
     * supervisor's or an operator's restart, short enough that a broker nobody comes back for does
     * not hold its port for long.
     */
    public static final Duration ORPHAN_LINGER = Duration.ofSeconds(30);
    private static final Duration ADOPTION_ANSWER = Duration.ofSeconds(3);

    private final ProcessHandle process;
    private final OutputStream link;
    /** The taken-over child's socket, held so that it lives as long as this object. */
    private final Optional<Socket> socket;
    private final String bootstrapServers;
    private final Path dataDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private BrokerProcess(ProcessHandle process, OutputStream link, Optional<Socket> socket,
            String bootstrapServers, Path dataDir) {
        this.process = process;
        this.link = link;
        this.socket = socket;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /** The file the child broker logs to. */
    public static Path logFile(BrokerSettings settings) {
        return settings.dataDir().resolveSibling("broker.log");
    }

    /**
     * Takes over the broker a crashed application left running on this folder, if it runs with
     * these settings; otherwise starts a child and returns once its broker answers clients.
     *
     * @throws BrokerStartException with the child's own one-line reason when it could not start
     */
    public static BrokerProcess start(BrokerSettings settings) {
        return start(settings, ORPHAN_LINGER);
    }

    static BrokerProcess start(BrokerSettings settings, Duration orphanLinger) {
        return start(settings, orphanLinger, System.getenv());
    }

    /** @param env where the child's JVM options come from ({@code NEWSSTREAM_BROKER_JAVA_OPTS}) */
    static BrokerProcess start(BrokerSettings settings, Duration orphanLinger, Map<String, String> env) {
        Optional<BrokerProcess> orphan = adopt(settings);
        if (orphan.isPresent()) {
            return orphan.get();
        }
        Path log = logFile(settings);
        Process process;
        try {
            Files.createDirectories(settings.dataDir().getParent());
            List<String> command = BrokerJvm.current(env).command(
                    BrokerProcessMain.class.getName(),
                    List.of(settings.host(), String.valueOf(settings.port()),
                            settings.dataDir().toString(), String.valueOf(settings.partitions()),
                            String.valueOf(orphanLinger.toMillis())));
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new BrokerStartException("cannot start the broker process: " + e.getMessage(), e);
        }
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> protocolLine(process));
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
            return new BrokerProcess(process.toHandle(), process.getOutputStream(),
                    Optional.empty(), servers, settings.dataDir());
        }
        process.destroyForcibly();
        if (line != null && line.startsWith(BrokerProcessMain.FAILED)) {
            throw new BrokerStartException(line.substring(BrokerProcessMain.FAILED.length()));
        }
        throw new BrokerStartException("the broker process exited before it was ready; see " + log);
    }

    /**
     * Asks the broker child named in the folder's control file to take this process as its new
     * owner. Empty when there is none, it does not answer (it is stopping, or another live
     * application owns it: the start then waits for the folder as before), or it runs with other
     * settings (it is then asked to stop, and a new one is started).
     */
    private static Optional<BrokerProcess> adopt(BrokerSettings settings) {
        Optional<BrokerControlFile> control = BrokerControlFile.read(BrokerControlFile.location(settings));
        Optional<ProcessHandle> child = control.flatMap(c -> ProcessHandle.of(c.pid()))
                .filter(ProcessHandle::isAlive);
        if (child.isEmpty()) {
            return Optional.empty();
        }
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    control.get().port()), (int) ADOPTION_ANSWER.toMillis());
            socket.setSoTimeout((int) ADOPTION_ANSWER.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((AdoptionListener.ADOPT + " " + control.get().token() + " "
                    + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(
                    socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            String[] ready = answer == null || !answer.startsWith(BrokerProcessMain.READY)
                    ? new String[0]
                    : answer.substring(BrokerProcessMain.READY.length()).strip().split(" ");
            if (ready.length != 2) {
                socket.close();
                return Optional.empty();
            }
            if (!matches(settings, ready[0], Integer.parseInt(ready[1]))) {
                LOG.info("the broker a crashed run left on {} listens on {} with {} partitions;"
                        + " asked for {}:{} with {}: stopping it to start a new one",
                        settings.dataDir(), ready[0], ready[1], settings.host(), settings.port(),
                        settings.partitions());
                OwnerLink.sendStop(out);
                socket.close();
                awaitExit(child.get());
                return Optional.empty();
            }
            socket.setSoTimeout(0);
            LOG.info("took over broker process {} on {}, left running by a run that crashed",
                    child.get().pid(), ready[0]);
            return Optional.of(new BrokerProcess(child.get(), out, Optional.of(socket), ready[0],
                    settings.dataDir()));
        } catch (IOException | NumberFormatException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // not taken over either way
            }
            return Optional.empty();
        }
    }

    private static boolean matches(BrokerSettings settings, String servers, int partitions) {
        int colon = servers.lastIndexOf(':');
        return servers.substring(0, colon).equals(settings.host())
                && (settings.port() == 0
                        || servers.substring(colon + 1).equals(String.valueOf(settings.port())))
                && partitions == settings.partitions();
    }

    private static boolean awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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

    /**
     * The child's first READY or FAILED line. Anything before it is the JVM's: some options write
     * to standard output whatever -Xlog says (JFR's "Started recording" note, for one).
     */
    private static String protocolLine(Process process) {
        try {
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(BrokerProcessMain.READY) || line.startsWith(BrokerProcessMain.FAILED)) {
                    return line;
                }
                LOG.debug("broker process: {}", line);
            }
            return null;
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

    /** Whether this broker was taken over from a run that crashed rather than started. */
    public boolean adopted() {
        return socket.isPresent();
    }

    @Override
    public java.util.OptionalLong processId() {
        return java.util.OptionalLong.of(process.pid());
    }

    /** Asks the child to stop and waits for it. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            OwnerLink.sendStop(link);
            link.close();
            if (socket.isPresent()) {
                socket.get().close();
            }
        } catch (IOException e) {
            // the child is gone already, or going
        }
        if (!awaitExit(process)) {
            LOG.warn("the broker process {} did not stop within {} s; killing it", process.pid(),
                    STOP_TIMEOUT.toSeconds());
            process.destroyForcibly();
        }
    }

    /**
     * What a crash does to the child's line, without the crash: closed without a stop request.
     * For tests of the take-over; the child then waits to be taken over.
     */
    void abandon() {
        closed.set(true);
        try {
            link.close();
            if (socket.isPresent()) {
                socket.get().close();
            }
        } catch (IOException ignored) {
            // as a crash would leave it
        }
    }
}
