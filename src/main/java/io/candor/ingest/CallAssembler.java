package io.candor.ingest;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Participant;
import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Makes the normalized {@link Call} of a parsed transcript: every turn gets the side its speaker
 * resolves to (corpus-format.md, "Who is the rep, who is the buyer") and the e-mail that identifies
 * the person, so one person under two labels (a device name, a diarization label) is one identity.
 */
public final class CallAssembler {

    private final CandorConfig config;
    private final Map<String, List<Participant>> participantsByCall = new HashMap<>();

    public CallAssembler(CandorConfig config, List<Participant> participants) {
        this.config = config;
        for (Participant p : participants) {
            participantsByCall.computeIfAbsent(p.callId(), k -> new ArrayList<>()).add(p);
        }
    }

    public Call assemble(Deal deal, CallRef ref, ParsedTranscript parsed, String contentHash) {
        SideResolver resolver = new SideResolver(config, deal, participantsByCall.getOrDefault(ref.callId(), List.of()), parsed.speakers());
        List<Turn> turns = parsed.turns().stream().map(resolver::resolve).toList();
        Map<String, String> titles = new HashMap<>();
        for (Turn t : turns) {
            if (!titles.containsKey(t.speaker())) {
                String title = resolver.title(t);
                if (title != null) {
                    titles.put(t.speaker(), title);
                }
            }
        }
        return new Call(ref.callId(), ref.dealId(), ref.startedAt() != null ? ref.startedAt() : parsed.startedAt(),
                ref.title(), ref.relativePath(), parsed.format(), contentHash, turns, titles);
    }

    /** The call's speakers whose side stayed UNKNOWN, in order of first appearance, for the per-call report. */
    public static List<String> unknownSpeakers(Call call) {
        LinkedHashSet<String> unknown = new LinkedHashSet<>();
        for (Turn t : call.turns()) {
            if (t.side() == Side.UNKNOWN) {
                unknown.add(t.speaker());
            }
        }
        return List.copyOf(unknown);
    }
}
