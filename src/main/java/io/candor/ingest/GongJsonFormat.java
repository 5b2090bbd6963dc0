package io.candor.ingest;

import io.candor.domain.Side;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Gong: the {@code /v2/calls/transcript} response ({@code callTranscripts[].transcript[]} of
 * {@code {speakerId, topic, sentences[{start, end, text}]}}, ms), optionally with the call's
 * {@code parties[]} and {@code metaData} from {@code /v2/calls/extensive}, either at the top level
 * or under {@code calls[]}. Parties give the speaker's name, e-mail, title and side.
 */
final class GongJsonFormat extends JsonTranscriptFormat {

    static final String NAME = "gong-json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean detects(JsonNode root) {
        return TranscriptJson.isArray(root, "callTranscripts");
    }

    @Override
    ParsedTranscript parse(JsonNode root, String file) throws TranscriptException {
        if (!detects(root)) {
            throw notThisFormat(file, "a 'callTranscripts' array");
        }
        Map<String, JsonNode> parties = parties(root);
        Map<String, ParsedTranscript.SpeakerInfo> speakers = new LinkedHashMap<>();
        TurnCollector turns = new TurnCollector();
        JsonNode calls = root.get("callTranscripts");
        for (int c = 0; c < calls.size(); c++) {
            JsonNode monologues = calls.get(c).get("transcript");
            if (monologues == null || !monologues.isArray()) {
                throw new TranscriptException(file, null, "callTranscripts[" + c + "].transcript: expected an array of monologues");
            }
            for (int m = 0; m < monologues.size(); m++) {
                JsonNode monologue = monologues.get(m);
                String path = "callTranscripts[" + c + "].transcript[" + m + "]";
                String speakerId = TranscriptJson.requiredText(monologue, "speakerId", path, file);
                ParsedTranscript.SpeakerInfo info = speaker(speakerId, parties.get(speakerId));
                speakers.putIfAbsent(info.name(), info);
                addSentences(turns, info, monologue, path, file);
            }
        }
        return turns.finish(NAME, file, speakers, startedAt(root, file));
    }

    private static void addSentences(TurnCollector turns, ParsedTranscript.SpeakerInfo info, JsonNode monologue,
                                     String path, String file) throws TranscriptException {
        JsonNode sentences = monologue.get("sentences");
        if (sentences == null || !sentences.isArray()) {
            throw new TranscriptException(file, null, path + ".sentences: expected an array");
        }
        for (int s = 0; s < sentences.size(); s++) {
            JsonNode sentence = sentences.get(s);
            String at = path + ".sentences[" + s + "]";
            turns.add(info.name(), info.email(), info.side(),
                    TranscriptJson.millisField(sentence, "start", at, file),
                    TranscriptJson.millisField(sentence, "end", at, file),
                    TranscriptJson.requiredText(sentence, "text", at, file));
        }
    }

    /** A party by speakerId; without parties the speakerId itself is the speaker's label. */
    private static ParsedTranscript.SpeakerInfo speaker(String speakerId, JsonNode party) {
        if (party == null) {
            return new ParsedTranscript.SpeakerInfo(speakerId, null, Side.UNKNOWN, null);
        }
        String email = TranscriptJson.text(party, "emailAddress");
        String name = TranscriptJson.text(party, "name");
        String label = name != null && !name.isBlank() ? name.strip() : email != null ? email : speakerId;
        return new ParsedTranscript.SpeakerInfo(label, email, side(TranscriptJson.text(party, "affiliation")),
                TranscriptJson.text(party, "title"));
    }

    private static Side side(String affiliation) {
        if (affiliation == null) {
            return Side.UNKNOWN;
        }
        return switch (affiliation.strip().toLowerCase(Locale.ROOT)) {
            case "internal" -> Side.SELLER;
            case "external" -> Side.BUYER;
            default -> Side.UNKNOWN;
        };
    }

    /** speakerId to party, from {@code parties[]} at the top level, under {@code calls[]} or under a call transcript. */
    private static Map<String, JsonNode> parties(JsonNode root) {
        Map<String, JsonNode> bySpeaker = new HashMap<>();
        for (JsonNode holder : holders(root)) {
            JsonNode parties = holder.get("parties");
            if (parties != null && parties.isArray()) {
                for (JsonNode party : parties) {
                    String speakerId = TranscriptJson.text(party, "speakerId");
                    if (speakerId != null) {
                        bySpeaker.putIfAbsent(speakerId, party);
                    }
                }
            }
        }
        return bySpeaker;
    }

    private static Instant startedAt(JsonNode root, String file) throws TranscriptException {
        for (JsonNode holder : holders(root)) {
            String started = TranscriptJson.text(holder.get("metaData"), "started");
            if (started != null) {
                try {
                    return OffsetDateTime.parse(started).toInstant();
                } catch (DateTimeParseException e) {
                    throw new TranscriptException(file, null, "metaData.started: '" + started + "' is not an ISO-8601 date-time with offset");
                }
            }
        }
        return null;
    }

    /** The objects that may carry parties and metaData: the root, each calls[] entry, each callTranscripts[] entry. */
    private static List<JsonNode> holders(JsonNode root) {
        List<JsonNode> holders = new ArrayList<>();
        holders.add(root);
        for (String array : List.of("calls", "callTranscripts")) {
            if (TranscriptJson.isArray(root, array)) {
                root.get(array).forEach(holders::add);
            }
        }
        return holders;
    }
}
