package org.newsstream.broker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The broker child's side of an adoption: after its application died without stopping it, the
 * child waits a while for the next {@code run} on the same folder to take it over instead of
 * stopping and being started again (the start is most of a recovery's seconds on two cores;
 * docs/reliability.md). Loopback only, and a request must carry the token from the control file.
 *
 * <p>Protocol, one line each way: {@code adopt TOKEN PID} → {@code READY host:port PARTITIONS}.
 */
final class AdoptionListener implements AutoCloseable {
    static final String ADOPT = "adopt";
    private static final Duration HANDSHAKE = Duration.ofSeconds(2);

    private final ServerSocket server;
    private final String token;
    private final Path file;

    private AdoptionListener(ServerSocket server, String token, Path file) {
        this.server = server;
        this.token = token;
        this.file = file;
    }

    static AdoptionListener open(BrokerSettings settings) throws IOException {
        ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        Path file = BrokerControlFile.location(settings);
        new BrokerControlFile(ProcessHandle.current().pid(), server.getLocalPort(), token).write(file);
        return new AdoptionListener(server, token, file);
    }

    /**
     * Waits up to {@code linger} for a request with the right token; answers it with {@code ready}
     * and returns the link to the new owner. Requests that fail the handshake are dropped.
     */
    Optional<OwnerLink> awaitAdopter(Duration linger, String ready) {
        long deadline = System.nanoTime() + linger.toNanos();
        while (true) {
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (left <= 0) {
                return Optional.empty();
            }
            Socket client;
            try {
                server.setSoTimeout((int) left);
                client = server.accept();
            } catch (SocketTimeoutException nobody) {
                return Optional.empty();
            } catch (IOException closed) {
                return Optional.empty();
            }
            Optional<OwnerLink> link = handshake(client, ready);
            if (link.isPresent()) {
                return link;
            }
        }
    }

    private Optional<OwnerLink> handshake(Socket client, String ready) {
        try {
            client.setSoTimeout((int) HANDSHAKE.toMillis());
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            String[] request = String.valueOf(reader.readLine()).strip().split(" ");
            if (request.length != 3 || !ADOPT.equals(request[0]) || !token.equals(request[1])) {
                client.close();
                return Optional.empty();
            }
            OutputStream out = client.getOutputStream();
            out.write((ready + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            client.setSoTimeout(0);
            Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(request[2]));
            // The reader may hold bytes already read past the request line: keep reading from it.
            return Optional.of(new OwnerLink(reader, owner, client));
        } catch (IOException | NumberFormatException e) {
            try {
                client.close();
            } catch (IOException ignored) {
                // dropped either way
            }
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // stopping anyway
        }
        BrokerControlFile.deleteIfOwnedBy(file, ProcessHandle.current().pid());
    }
}
