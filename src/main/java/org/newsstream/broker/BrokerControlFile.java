package org.newsstream.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * How the next {@code run} on a data folder finds a broker child whose application died without
 * stopping it: the child's process id, the loopback port it takes adoption requests on, and a
 * token only readers of the data folder know. Written by the child beside its log folder once
 * it is ready, removed when it stops.
 */
record BrokerControlFile(long pid, int port, String token) {

    static Path location(BrokerSettings settings) {
        return settings.dataDir().resolveSibling("broker.control");
    }

    /** Written whole or not at all: a reader never sees half a file. */
    void write(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, pid + " " + port + " " + token + "\n", StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Empty when there is no file or it is not one this class wrote. */
    static Optional<BrokerControlFile> read(Path file) {
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            if (parts.length != 3) {
                return Optional.empty();
            }
            return Optional.of(new BrokerControlFile(
                    Long.parseLong(parts[0]), Integer.parseInt(parts[1]), parts[2]));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Removes the file if it still describes {@code pid} (a newer broker may have replaced it). */
    static void deleteIfOwnedBy(Path file, long pid) {
        if (read(file).filter(control -> control.pid() == pid).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a stale file is harmless: the next start checks that its process is alive
            }
        }
    }
}
