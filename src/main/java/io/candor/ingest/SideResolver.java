package io.candor.ingest;

import io.candor.config.CandorConfig;
import io.candor.domain.Deal;
import io.candor.domain.Participant;
import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves one call's speakers to a side, first match wins: (1) participants.csv affiliation for the
 * call, matched by name or e-mail; (2) the transcript's own metadata; (3) the e-mail's domain against
 * internal-domains (or the deal owner's own e-mail); (4) the name against the deal owner and the team
 * roster; (5) UNKNOWN. Names compare case- and whitespace-insensitively.
 */
final class SideResolver {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@([^@\\s]+\\.[^@\\s]+)$");

    private final CandorConfig config;
    private final Deal deal;
    private final List<Participant> participants;
    private final Map<String, ParsedTranscript.SpeakerInfo> metadata;
    private final Map<String, Turn> resolvedBySpeaker = new HashMap<>();

    SideResolver(CandorConfig config, Deal deal, List<Participant> participants, Map<String, ParsedTranscript.SpeakerInfo> metadata) {
        this.config = config;
        this.deal = deal;
        this.participants = participants;
        this.metadata = metadata;
    }

    /** The turn with its side and the speaker's e-mail; one decision per speaker label and e-mail. */
    Turn resolve(Turn turn) {
        String key = turn.speaker() + "\u0000" + turn.email() + "\u0000" + turn.side();
        Turn template = resolvedBySpeaker.computeIfAbsent(key, k -> decide(turn));
        return turn.withSide(template.side(), template.email());
    }

    private Turn decide(Turn turn) {
        ParsedTranscript.SpeakerInfo info = metadata.get(turn.speaker());
        String fileEmail = firstNonBlank(turn.email(), info == null ? null : info.email(), emailIn(turn.speaker()));
        Participant participant = participant(turn.speaker(), fileEmail);
        String email = firstNonBlank(participant == null ? null : participant.email(), fileEmail);
        Side side;
        if (participant != null && participant.affiliation() != null && participant.affiliation() != Side.UNKNOWN) {
            side = participant.affiliation();
        } else if (turn.side() != Side.UNKNOWN) {
            side = turn.side();
        } else if (info != null && info.side() != null && info.side() != Side.UNKNOWN) {
            side = info.side();
        } else {
            side = byEmail(email);
            if (side == Side.UNKNOWN) {
                side = byName(turn.speaker(), participant);
            }
        }
        return turn.withSide(side, email);
    }

    /** The speaker's job title: participants.csv first, then the transcript's own metadata; null when neither says. */
    String title(Turn resolved) {
        ParsedTranscript.SpeakerInfo info = metadata.get(resolved.speaker());
        Participant participant = participant(resolved.speaker(), resolved.email());
        if (participant != null && participant.title() != null && !participant.title().isBlank()) {
            return participant.title().strip();
        }
        return info == null || info.title() == null || info.title().isBlank() ? null : info.title().strip();
    }

    /** The call's participants.csv row for this speaker: same name, else same e-mail. */
    private Participant participant(String speaker, String email) {
        String name = normalize(speaker);
        for (Participant p : participants) {
            if (normalize(p.name()).equals(name)) {
                return p;
            }
        }
        if (email != null) {
            for (Participant p : participants) {
                if (p.email() != null && p.email().strip().equalsIgnoreCase(email)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Rule 3: the deal owner's own address, or a domain (or sub-domain) listed in internal-domains; any other domain is the buyer's. */
    private Side byEmail(String email) {
        if (email == null) {
            return Side.UNKNOWN;
        }
        if (deal != null && deal.ownerEmail() != null && deal.ownerEmail().strip().equalsIgnoreCase(email)) {
            return Side.SELLER;
        }
        if (config.internalDomains().isEmpty()) {
            return Side.UNKNOWN;
        }
        var m = EMAIL.matcher(email.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Side.UNKNOWN;
        }
        String domain = m.group(1);
        boolean internal = config.internalDomains().stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
        return internal ? Side.SELLER : Side.BUYER;
    }

    /** Rule 4: the deal owner or a team member by name (also under the name participants.csv gives the label). */
    private Side byName(String speaker, Participant participant) {
        for (String name : participant == null ? List.of(speaker) : List.of(speaker, participant.name())) {
            String n = normalize(name);
            if (deal != null && deal.ownerName() != null && normalize(deal.ownerName()).equals(n)) {
                return Side.SELLER;
            }
            if (config.team().stream().anyMatch(member -> normalize(member).equals(n))) {
                return Side.SELLER;
            }
        }
        return Side.UNKNOWN;
    }

    /** A speaker label that is itself an e-mail address (Zoom shows some guests that way). */
    private static String emailIn(String speaker) {
        return speaker != null && EMAIL.matcher(speaker.strip()).matches() ? speaker.strip() : null;
    }

    static String normalize(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
