package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formats come from content: every fixture is recognised, also under a misleading file name. */
class FormatDetectionTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "zoom/brightwater-discovery.vtt, vtt, .txt",
            "teams/halvorsen-demo.vtt, vtt, .json",
            "srt/northgate-pricing.srt, srt, .vtt",
            "text/cedar-checkin.txt, text, .srt",
            "text/tidewater-bracket-stamps.txt, text, .json",
            "text/brightwater-leading-stamps.txt, text, .vtt",
            "text/northgate-paren-stamps.txt, text, .srt",
            "otter/quillon-pricing.txt, text, .vtt",
            "gong/tidewater-discovery.json, gong-json, .vtt",
            "aws/brightwater-discovery.json, aws-transcribe-json, .txt",
            "aws/northgate-audio-segments.json, aws-transcribe-json, .srt",
            "assemblyai/quillon-pricing.json, assemblyai-json, .txt",
            "deepgram/cedar-checkin.json, deepgram-json, .vtt",
            "whisperx/tidewater-discovery.json, whisperx-json, .srt",
            "candor/halvorsen-demo.json, candor-json, .txt"})
    void detectedFromContentWhateverTheExtension(String fixture, String format, String wrongExtension) throws Exception {
        String content = Fixtures.content(fixture);
        assertThat(TranscriptFormats.detect(content)).map(TranscriptFormat::name).contains(format);
        // only one format claims each fixture, so detection order is not hiding a second match
        assertThat(TranscriptFormats.all()).filteredOn(f -> f.detects(content)).extracting(TranscriptFormat::name).containsExactly(format);

        Path mislabelled = temp.resolve("call" + wrongExtension);
        Files.copy(Fixtures.transcript(fixture), mislabelled);
        ParsedTranscript fromMislabelled = new TranscriptReader().read(mislabelled, "call" + wrongExtension, "auto");
        assertThat(fromMislabelled.format()).isEqualTo(format);
        assertThat(fromMislabelled.turns()).isEqualTo(Fixtures.read(fixture).turns());
    }

    @ParameterizedTest
    @CsvSource({"zoom/brightwater-discovery.vtt, vtt", "gong/tidewater-discovery.json, gong-json", "text/cedar-checkin.txt, TEXT"})
    void anExplicitFormatNameIsUsedAsGiven(String fixture, String format) throws Exception {
        ParsedTranscript parsed = new TranscriptReader().read(Fixtures.transcript(fixture), fixture, format);
        assertThat(parsed.format()).isEqualToIgnoringCase(format);
    }

    @ParameterizedTest
    @CsvSource({"zoom/brightwater-discovery.vtt, srt, 'expected a cue number and a timing line'",
            "srt/northgate-pricing.srt, gong-json, 'broken JSON'",
            "deepgram/cedar-checkin.json, whisperx-json, 'not whisperx-json: expected a top-level ''segments'' array'"})
    void anExplicitFormatThatDoesNotFitNamesTheMismatch(String fixture, String format, String reason) {
        assertThatThrownBy(() -> new TranscriptReader().read(Fixtures.transcript(fixture), fixture, format))
                .isInstanceOf(TranscriptException.class)
                .hasMessageStartingWith(fixture)
                .hasMessageContaining(reason);
    }
}
