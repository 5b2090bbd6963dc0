package io.candor.ingest;

/**
 * A corpus that cannot be read at all: deals.csv missing, a required column missing, a file that is
 * not UTF-8 CSV. The message names the file, what is missing and what would be accepted.
 */
public class CorpusException extends RuntimeException {

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
