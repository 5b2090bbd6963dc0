package io.candor.index;

import java.nio.file.Path;

/** There is no search index at the path: nothing has been indexed there yet. */
public final class IndexMissingException extends RuntimeException {

    private final Path dir;

    public IndexMissingException(Path dir) {
        super("no search index at " + dir + "; run ./candor run first to build it");
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }
}
