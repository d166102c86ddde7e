package org.newsstream.broker;

/**
 * The embedded broker could not start. The message is written for the person running the command,
 * not for a developer: it says what is wrong and what to do about it.
 */
public final class BrokerStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final boolean inUse;

    public BrokerStartException(String message) {
        this(message, null, false);
    }

    public BrokerStartException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private BrokerStartException(String message, Throwable cause, boolean inUse) {
        super(message, cause);
        this.inUse = inUse;
    }

    /** The port or data folder is held by another process, which may be about to let it go. */
    static BrokerStartException inUse(String message, Throwable cause) {
        return new BrokerStartException(message, cause, true);
    }

    /** Whether a broker that is still shutting down could be the cause, so waiting may help. */
    public boolean previousOwnerMayBeStopping() {
        return inUse;
    }
}
