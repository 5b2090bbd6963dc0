package io.candor.cli;

import io.candor.config.CandorConfig;
import io.candor.config.ConfigLoader;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Participant;
import io.candor.ingest.CallAssembler;
import io.candor.ingest.CallRef;
import io.candor.ingest.ContentHash;
import io.candor.ingest.ParsedTranscript;
import io.candor.ingest.ParticipantsFile;
import io.candor.ingest.TranscriptException;
import io.candor.ingest.TranscriptReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** One transcript outside a corpus, as `analyze-call` and `export` read it: parsed, sides resolved. */
class TranscriptOptions {

    @Parameters(index = "0", paramLabel = "FILE", description = "A transcript in any supported format.")
    Path file;

    @Option(names = "--format", defaultValue = "auto", description = "auto (default) or a format name: vtt, srt, text, gong-json, "
            + "aws-transcribe-json, assemblyai-json, deepgram-json, whisperx-json, candor-json.")
    String format;

    @Option(names = "--participants", paramLabel = "CSV", description = "Who spoke and on which side (name, email, affiliation, title).")
    Path participants;

    @Option(names = "--config", paramLabel = "candor.yml", description = "Settings: internal-domains, team, competitors.")
    Path config;

    @Option(names = "--owner", paramLabel = "NAME", description = "The rep who owned the deal (a seller-side speaker).")
    String owner;

    @Option(names = "--call-date", paramLabel = "yyyy-MM-dd", description = "The call's date: relative dates (\"next Tuesday\") resolve against it.")
    LocalDate callDate;

    CandorConfig config() {
        return config == null ? CandorConfig.defaults() : ConfigLoader.load(config);
    }

    String callId() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    Deal deal() {
        return new Deal("-", null, null, owner, null, null, null, null, null, null, null, null, Map.of());
    }

    Call read(CandorConfig settings) throws TranscriptException {
        ParsedTranscript parsed = new TranscriptReader(TranscriptReader.DEFAULT_MAX_BYTES).read(file, file.toString(), format);
        List<Participant> people = participants == null ? List.of() : ParticipantsFile.forCall(participants, callId());
        var started = callDate == null ? null : callDate.atTime(12, 0).toInstant(ZoneOffset.UTC);
        CallRef ref = new CallRef(callId(), "-", started, null, file, file.toString(), format, 0);
        return new CallAssembler(settings, people).assemble(deal(), ref, parsed, ContentHash.sha256(file));
    }
}
