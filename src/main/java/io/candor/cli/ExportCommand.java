package io.candor.cli;

import io.candor.ingest.CandorJsonWriter;
import io.candor.ingest.TranscriptException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `candor export FILE`: any supported transcript as Candor's own normalized JSON (candor-json), on stdout. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Converts one transcript in any supported format to candor-json (printed on stdout).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    TranscriptOptions transcript;

    @Override
    public Integer call() {
        try {
            System.out.println(CandorJsonWriter.write(transcript.read(transcript.config())));
            return ExitCodes.OK;
        } catch (TranscriptException e) {
            System.err.println("candor export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
