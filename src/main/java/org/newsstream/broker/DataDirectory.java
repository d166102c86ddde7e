package org.newsstream.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The broker's log directory: formatted once for KRaft, checked for a running owner before use. */
final class DataDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);
    /** Kafka's own lock file name (LogManager.LockFileName); a running broker holds a lock on it. */
    private static final String LOCK_FILE = ".lock";
    private static final String META_PROPERTIES = "meta.properties";

    private final Path path;

    DataDirectory(Path path) {
        this.path = path;
    }

    /** Whether a previous start already formatted this directory. */
    boolean isFormatted() {
        return Files.isRegularFile(path.resolve(META_PROPERTIES));
    }

    /**
     * Fails with a readable message if another broker, in this JVM or another process, has the
     * directory open. Kafka would fail too, but only after a noisy partial start.
     */
    void ensureNotInUse() {
        Path lockFile = path.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse();
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse();
        } catch (IOException e) {
            throw new BrokerStartException("cannot check the Kafka data folder " + path + ": " + e.getMessage(), e);
        }
    }

    /** Formats the directory for a single KRaft node, unless an earlier start already did. */
    void formatIfNeeded(int nodeId, String controllerListener) {
        if (isFormatted()) {
            LOG.debug("reusing formatted Kafka data folder {}", path);
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            Files.createDirectories(path);
            new Formatter()
                    .setPrintStream(out)
                    .setNodeId(nodeId)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(path.toString()))
                    .setMetadataLogDirectory(path.toString())
                    .setControllerListenerName(controllerListener)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setHasDynamicQuorum(false)
                    .run();
        } catch (Exception e) {
            throw new BrokerStartException("cannot prepare the Kafka data folder " + path + ": " + e.getMessage()
                    + "; pass an empty or earlier-used folder", e);
        } finally {
            LOG.debug("formatter: {}", output.toString(StandardCharsets.UTF_8).trim());
        }
    }

    private BrokerStartException inUse() {
        return BrokerStartException.inUse("the Kafka data folder " + path
                + " is in use by another running broker; stop it, pass another folder, or pass --bootstrap-servers", null);
    }
}
