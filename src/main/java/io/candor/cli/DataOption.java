package io.candor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** `--data DIR`: where the database and the search index live. Shared by every command that reads them. */
public class DataOption {

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "Database and search index folder (default: ${DEFAULT-VALUE}).")
    public Path data;
}
