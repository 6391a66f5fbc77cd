package mx.parlamentoabierto.platform;

import java.time.Duration;

/**
 * A request refused for now, not for what it asks: too many from this client (429) or too many at once for the
 * portal (503). Carries the wait the client is told in {@code Retry-After} and a detail written for people.
 */
public class RetryLaterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Duration retryAfter;

    public RetryLaterException(int status, String message, Duration retryAfter) {
        super(message);
        if (status != 429 && status != 503) {
            throw new IllegalArgumentException("429 or 503");
        }
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** 429 (this client, too often) or 503 (everyone, too many at once). */
    public int status() {
        return status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
