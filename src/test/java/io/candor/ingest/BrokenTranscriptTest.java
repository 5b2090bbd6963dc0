package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Files that cannot be used give one TranscriptException naming the file, the line where known and the reason. */
class BrokenTranscriptTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            empty.vtt                          | -  | empty file
            whitespace-only.txt                | -  | empty file (only whitespace)
            recording-saved-as-transcript.vtt  | 1  | binary file (NUL byte at offset 4), not a text transcript
            windows-1252.txt                   | 1  | wrong encoding: byte 0xE7 at offset 21 is not UTF-8; save the file as UTF-8
            utf16-export.txt                   | 1  | wrong encoding: the file is UTF-16 (byte-order mark FF FE); save it as UTF-8
            gong-missing-comma.json            | 8  | broken JSON: Unexpected character ('"' (code 34)): was expecting comma to separate Object entries
            bad-cue-time.vtt                   | 12 | cue time '00:01:xx.255' is not [hh:]mm:ss.mmm
            bad-cue-time.srt                   | 10 | cue time '00:00:1O,115' is not hh:mm:ss,mmm
            srt-missing-timing.srt             | 6  | cue 2: expected a timing line 'hh:mm:ss,mmm --> hh:mm:ss,mmm', found '00:00:03.700 -> 00:00:07.040'
            bad-stamp.txt                      | 4  | time '00:61:02' is not [hh:]mm:ss
            no-speakers.vtt                    | -  | no speaker turns found (no cue names a speaker; was diarization switched off?)
            whisper-undiarized.json            | -  | no speaker turns found (no cue names a speaker; was diarization switched off?)
            deepgram-without-utterances.json   | -  | no speaker turns found (results.utterances is missing: request the transcript with utterances=true&diarize=true)
            assemblyai-bad-time.json           | -  | utterances[1].start: expected a number of milliseconds, found '1.5s'
            candor-bad-side.json               | -  | turns[1].side: 'customer' is not seller, buyer or unknown
            chorus-export.json                 | -  | unknown format: JSON with top-level keys [engagement_id, recording, participants] is none of candor-json, gong-json, aws-transcribe-json, assemblyai-json, deepgram-json, whisperx-json
            """)
    void eachBrokenFileNamesItsReason(String file, Integer line, String reason) {
        TranscriptException e = readBroken(file, "auto");

        assertThat(e.file()).isEqualTo("transcripts/broken/" + file);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.getMessage()).isEqualTo("transcripts/broken/" + file + (line == null ? "" : ":" + line) + ": " + reason)
                .doesNotContain("\n");
    }

    @Test
    void proseWithoutSpeakersIsAnUnknownFormatQuotingItsFirstLine() {
        TranscriptException e = readBroken("meeting-notes.txt", "auto");

        assertThat(e.reason()).startsWith("unknown format: not JSON, no WEBVTT header, no SubRip cue timing")
                .endsWith("(first line: 'Notes from the Brightwater call, May 4')");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() {
        Path file = Fixtures.transcript("zoom/brightwater-discovery.vtt");

        TranscriptException e = catchThrowableOfType(TranscriptException.class,
                () -> new TranscriptReader(1024).read(file, "transcripts/D-1/big.vtt", "auto"));

        assertThat(e.getMessage()).matches("transcripts/D-1/big\\.vtt: file is \\d+ bytes, over the limit of 1024 bytes");
    }

    @Test
    void anUnknownFormatNameIsRejectedNamingTheKnownOnes() {
        TranscriptException e = catchThrowableOfType(TranscriptException.class, () -> new TranscriptReader()
                .read(Fixtures.transcript("zoom/brightwater-discovery.vtt"), "transcripts/D-1/a.vtt", "zoom"));

        assertThat(e.getMessage()).isEqualTo("transcripts/D-1/a.vtt: unknown format name 'zoom' (known: auto, candor-json, gong-json, "
                + "aws-transcribe-json, assemblyai-json, deepgram-json, whisperx-json, vtt, srt, text)");
    }

    @Test
    void aMissingFileIsAReadProblemNotACrash() {
        TranscriptException e = catchThrowableOfType(TranscriptException.class, () -> new TranscriptReader()
                .read(Path.of("/nonexistent/x.vtt"), "transcripts/D-1/x.vtt", "auto"));

        assertThat(e.getMessage()).startsWith("transcripts/D-1/x.vtt: cannot read the file: NoSuchFileException");
    }

    @Test
    void aByteOrderMarkIsTolerated() throws Exception {
        String withBom = "\uFEFF" + Fixtures.content("srt/northgate-pricing.srt");
        Path file = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("bom", ".srt"), withBom);
        try {
            assertThat(new TranscriptReader().read(file, "bom.srt", "auto").turns()).hasSize(16);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static TranscriptException readBroken(String file, String format) {
        return catchThrowableOfType(TranscriptException.class, () -> new TranscriptReader()
                .read(Fixtures.transcript("broken/" + file), "transcripts/broken/" + file, format));
    }
}
