package io.candor.web;

/** A well-formed id that names nothing in the database: HTTP 404 with a page saying which kind was missing. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super("no " + kind + " '" + id + "' in the database; it may have left the corpus, or the nightly run has not analysed it yet");
    }
}
