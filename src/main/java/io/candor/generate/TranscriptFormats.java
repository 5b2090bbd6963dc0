package io.candor.generate;

import java.util.List;

/** Every transcript format of corpus-format.md, each call of a synthetic corpus written in one of them. */
final class TranscriptFormats {

    static final List<TranscriptRenderer> ALL = List.of(new VttRenderer(), new SrtRenderer(), new TextRenderer(),
            new GongJsonRenderer(), new AssemblyAiJsonRenderer(), new DeepgramJsonRenderer(), new WhisperxJsonRenderer(),
            new AwsTranscribeJsonRenderer(), new CandorJsonRenderer());

    private TranscriptFormats() {
    }
}
