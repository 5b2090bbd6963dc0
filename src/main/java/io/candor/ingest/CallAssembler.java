package io.candor.ingest;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Participant;
import io.candor.domain.Side;
import io.candor.domain.SpeakerLabels;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the normalized {@link Call} of a parsed transcript: every turn gets the side its speaker
 * resolves to (corpus-format.md, "Who is the rep, who is the buyer") and the e-mail that identifies
 * the person, so one person under two labels (a device name, a diarization label) is one identity.
 */
public final class CallAssembler {

    private final CandorConfig config;
    private final Map<String, List<Participant>> participantsByCall = new HashMap<>();
    /** A person's name by e-mail, from participants rows that give a name rather than a diarization label. */
    private final Map<String, String> namesByEmail = new HashMap<>();

    public CallAssembler(CandorConfig config, List<Participant> participants) {
        this.config = config;
        for (Participant p : participants) {
            participantsByCall.computeIfAbsent(p.callId(), k -> new ArrayList<>()).add(p);
            if (p.email() != null && !p.email().isBlank() && !SpeakerLabels.isDiarizationLabel(p.name())
                    && !SpeakerLabels.isDeviceName(p.name())) {
                namesByEmail.putIfAbsent(p.email().strip().toLowerCase(Locale.ROOT), p.name().strip());
            }
        }
    }

    public Call assemble(Deal deal, CallRef ref, ParsedTranscript parsed, String contentHash) {
        SideResolver resolver = new SideResolver(config, deal, participantsByCall.getOrDefault(ref.callId(), List.of()), parsed.speakers());
        List<Turn> resolved = parsed.turns().stream().map(resolver::resolve).toList();
        List<Turn> turns = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        for (Turn t : resolved) {
            Turn named = named(t);
            turns.add(named);
            if (!titles.containsKey(named.speaker())) {
                String title = resolver.title(t);
                if (title != null) {
                    titles.put(named.speaker(), title);
                }
            }
        }
        return new Call(ref.callId(), ref.dealId(), ref.startedAt() != null ? ref.startedAt() : parsed.startedAt(),
                ref.title(), ref.relativePath(), parsed.format(), contentHash, turns, titles);
    }

    /**
     * A diarization label ("B", "SPEAKER_01") or a device ("Tasha's iPhone") whose e-mail participants.csv gives is shown under the
     * person's name from another row with that e-mail, so reports and search say "Karen Voss", not "B".
     */
    private Turn named(Turn t) {
        if (t.email() == null || !(SpeakerLabels.isDiarizationLabel(t.speaker()) || SpeakerLabels.isDeviceName(t.speaker()))) {
            return t;
        }
        String name = namesByEmail.get(t.email().strip().toLowerCase(Locale.ROOT));
        return name == null ? t : new Turn(t.index(), name, t.email(), t.side(), t.startMs(), t.endMs(), t.text());
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
