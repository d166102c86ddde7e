package org.newsstream.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the monitoring surface listens.
 *
 * @param enabled false for {@code --no-http}: nothing listens and Streams gets no
 *     {@code application.server}
 * @param host the interface to bind; loopback by default, so nothing is exposed unless asked
 * @param port the port to bind; 0 picks a free one (tests, several instances on one machine)
 */
public record WebSettings(boolean enabled, String host, int port) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;

  public WebSettings {
    if (enabled && (port < 0 || port > 65535)) {
      throw new IllegalArgumentException("--http-port: " + port + " is not a port number (0-65535)");
    }
  }

  /** No HTTP at all. */
  public static WebSettings disabled() {
    return new WebSettings(false, DEFAULT_HOST, DEFAULT_PORT);
  }

  /** Loopback on a free port: what tests and embedding want. */
  public static WebSettings loopbackAnyPort() {
    return new WebSettings(true, DEFAULT_HOST, 0);
  }

  /**
   * The host other instances should use to reach this one. A wildcard bind address is no address
   * at all for a peer, so it is replaced by this machine's name.
   */
  public String advertisedHost() {
    if (!host.equals("0.0.0.0") && !host.equals("::") && !host.isBlank()) {
      return host;
    }
    try {
      return InetAddress.getLocalHost().getCanonicalHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
