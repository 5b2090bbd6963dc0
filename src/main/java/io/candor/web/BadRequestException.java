package io.candor.web;

/**
 * A request the server refuses to run: an id that does not match {@link Ids#PATTERN}, an
 * over-long query, a page out of range. HTTP 400 with this message on the error page.
 */
public final class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
