package org.newsstream.broker;

/**
 * The embedded broker could not start. The message is written for the person running the command,
 * not for a developer: it says what is wrong and what to do about it.
 */
public final class BrokerStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerStartException(String message) {
        super(message);
    }

    public BrokerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
