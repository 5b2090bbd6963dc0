package io.candor.cli;

import io.candor.domain.Call;
import io.candor.domain.Signal;
import io.candor.ingest.CallAssembler;
import io.candor.ingest.TranscriptException;
import io.candor.nlp.AnalyzedCall;
import io.candor.nlp.CallAnalyzer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * `candor analyze-call FILE`: one transcript's normalized turns (speaker, side, times, text, and
 * each turn's signals) and metrics as JSON, for debugging and integrations.
 */
@Command(name = "analyze-call", mixinStandardHelpOptions = true,
        description = "Parses one transcript and prints its normalized turns, their signals and the call's metrics as JSON.")
final class AnalyzeCallCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Mixin
    TranscriptOptions transcript;

    @Override
    public Integer call() {
        var config = transcript.config();
        Call call;
        try {
            call = transcript.read(config);
        } catch (TranscriptException e) {
            System.err.println("candor analyze-call: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        AnalyzedCall analyzed = CallAnalyzer.standard().analyze(transcript.deal(), call, config);
        System.out.println(JSON.writeValueAsString(render(analyzed)));
        return ExitCodes.OK;
    }

    static ObjectNode render(AnalyzedCall a) {
        Call call = a.call();
        ObjectNode root = JSON.createObjectNode();
        root.put("call_id", call.callId());
        root.put("source", call.source());
        root.put("format", call.format());
        root.put("started_at", call.startedAt() == null ? null : call.startedAt().toString());
        root.put("content_hash", call.contentHash());
        root.put("talk_share_measured_by", a.metrics().measuredBy());
        ArrayNode unknown = root.putArray("unknown_speakers");
        CallAssembler.unknownSpeakers(call).forEach(unknown::add);
        ArrayNode turns = root.putArray("turns");
        for (var t : call.turns()) {
            ObjectNode n = turns.addObject();
            n.put("index", t.index());
            n.put("speaker", t.speaker());
            n.put("email", t.email());
            n.put("side", t.side().label());
            n.put("start_ms", t.startMs());
            n.put("end_ms", t.endMs());
            n.put("text", t.text());
            ArrayNode signals = n.putArray("signals");
            for (Signal s : a.signals()) {
                if (s.turnIndex() == t.index()) {
                    ObjectNode sn = signals.addObject();
                    sn.put("type", s.type().label());
                    sn.put("label", s.label());
                    sn.put("text", s.text());
                    sn.set("details", JSON.valueToTree(s.details()));
                }
            }
        }
        root.set("metrics", JSON.valueToTree(a.metrics()));
        return root;
    }
}
