package org.newsstream.broker;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The broker child's line to the application that uses it: first the pipe from the process that
 * started it, after an adoption a loopback socket. Either way the kernel closes it when that
 * application dies, however it dies; a clean stop says {@value #STOP} first.
 */
final class OwnerLink {
    static final String STOP = "stop";

    private final BufferedReader in;
    private final Optional<ProcessHandle> owner;
    private final Closeable resource;

    OwnerLink(InputStream in, Optional<ProcessHandle> owner, Closeable resource) {
        this(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), owner, resource);
    }

    /** @param in a reader that may already hold the first bytes after a handshake line */
    OwnerLink(BufferedReader in, Optional<ProcessHandle> owner, Closeable resource) {
        this.in = in;
        this.owner = owner;
        this.resource = resource;
    }

    /** Asks the broker at the other end of {@code out} to stop. */
    static void sendStop(OutputStream out) throws IOException {
        out.write((STOP + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The application's process, while it is known. */
    Optional<ProcessHandle> owner() {
        return owner;
    }

    /**
     * Blocks until the owner asks the broker to stop ({@code true}) or goes away without asking
     * ({@code false}: it crashed or was killed).
     */
    boolean awaitEnd() {
        try (Closeable closing = resource; BufferedReader reader = in) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (STOP.equals(line.strip())) {
                    return true;
                }
            }
            return false;
        } catch (IOException gone) {
            return false;
        }
    }
}
