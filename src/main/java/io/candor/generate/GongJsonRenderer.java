package io.candor.generate;

import io.candor.domain.Call;
import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gong's call transcript API response: {@code callTranscripts[].transcript[]} monologues of
 * sentences with ms times, speakers by numeric id, and the call's {@code parties[]} with names,
 * e-mails and Internal/External affiliation.
 */
final class GongJsonRenderer implements TranscriptRenderer {

    @Override
    public String format() {
        return "gong-json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String render(Call call, Random random) {
        Map<String, String> ids = TranscriptRenderer.labels(call, i -> String.valueOf(4_417_000_000_000_000L + 7_331L * i + random.nextInt(997)));
        ObjectNode root = JsonOut.object();
        root.put("requestId", Long.toHexString(random.nextLong()));
        ObjectNode transcript = root.putArray("callTranscripts").addObject();
        transcript.put("callId", String.valueOf(Math.abs(call.callId().hashCode()) * 1_000L + 7));
        ArrayNode monologues = transcript.putArray("transcript");
        for (Turn turn : call.turns()) {
            ObjectNode monologue = monologues.addObject();
            monologue.put("speakerId", ids.get(turn.speaker()));
            monologue.put("topic", call.title());
            ArrayNode sentences = monologue.putArray("sentences");
            for (Cue cue : Cue.of(turn)) {
                sentences.addObject().put("start", cue.startMs()).put("end", cue.endMs()).put("text", cue.text());
            }
        }
        ArrayNode parties = root.putArray("parties");
        for (Turn first : call.turns().stream().filter(t -> t.index() == firstTurnOf(call, t.speaker())).toList()) {
            parties.addObject()
                    .put("speakerId", ids.get(first.speaker()))
                    .put("name", first.speaker())
                    .put("emailAddress", first.email())
                    .put("affiliation", first.side() == Side.SELLER ? "Internal" : "External");
        }
        return JsonOut.write(root);
    }

    private static int firstTurnOf(Call call, String speaker) {
        return call.turns().stream().filter(t -> t.speaker().equals(speaker)).findFirst().orElseThrow().index();
    }
}
