package io.candor.scoring;

import io.candor.domain.Call;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who the deal involved: every speaker (one entry per person: an e-mail ties a device name or a
 * diarization label to the same person) and everyone only mentioned by name or role. The threading,
 * business-case and detractor rules and the report's stakeholder map all read it, so they agree.
 */
public final class StakeholderMap {

    private final List<Entry> entries = new ArrayList<>();
    private final DealEvidence evidence;

    private StakeholderMap(DealEvidence evidence) {
        this.evidence = evidence;
    }

    public static List<Stakeholder> of(DealEvidence evidence) {
        StakeholderMap map = new StakeholderMap(evidence);
        evidence.calls().forEach(map::addSpeakers);
        for (Signal s : evidence.signals()) {
            switch (s.type()) {
                case PERSON_MENTION -> map.addMention(s, s.label(), SignalLabels.detail(s, SignalLabels.DETAIL_TITLE));
                case ECONOMIC_BUYER -> map.addMention(s, SignalLabels.detail(s, SignalLabels.DETAIL_PERSON), roleName(s.label()));
                case DETRACTOR -> map.addDetractor(s);
                default -> {
                }
            }
        }
        return map.entries.stream()
                // Speakers by side in order of first appearance, then the never-met by how often they came up.
                .sorted(Comparator.comparing((Entry e) -> e.calls.isEmpty())
                        .thenComparing(e -> e.side.ordinal())
                        .thenComparing(e -> e.calls.isEmpty() ? -e.mentions : 0))
                .map(Entry::toStakeholder)
                .toList();
    }

    /** The buyer-side people who spoke on at least one call. */
    public static List<Stakeholder> buyerSpeakers(List<Stakeholder> all) {
        return all.stream().filter(s -> s.side() == Side.BUYER && s.spoke()).toList();
    }

    /** "cfo" → "CFO", "economic_buyer" → "economic buyer". */
    static String roleName(String ebLabel) {
        if (ebLabel == null) {
            return null;
        }
        return "cfo".equals(ebLabel) ? "CFO" : ebLabel.replace('_', ' ');
    }

    /** One person per identity: the e-mail where known; a diarization label only within its call. */
    static String identity(Call call, Turn t) {
        if (t.email() != null && !t.email().isBlank()) {
            return t.email().strip().toLowerCase(Locale.ROOT);
        }
        String name = t.speaker() == null ? "" : t.speaker().strip();
        return PersonNames.isDiarizationLabel(name) ? call.callId() + "#" + name : name.toLowerCase(Locale.ROOT);
    }

    private void addSpeakers(Call call) {
        for (Turn t : call.turns()) {
            String id = identity(call, t);
            Entry e = entries.stream().filter(x -> id.equals(x.identity)).findFirst().orElseGet(() -> {
                Entry created = new Entry(id, t.speaker(), t.email(), t.side());
                entries.add(created);
                return created;
            });
            e.labels.add(t.speaker());
            if (!e.calls.contains(call.callId())) {
                e.calls.add(call.callId());
            }
            e.words += t.wordCount();
            if (e.title == null) {
                e.title = call.speakerTitles().get(t.speaker());
            }
            if (e.side == Side.UNKNOWN) {
                e.side = t.side();
            }
            e.preferReadableName(t.speaker());
        }
    }

    private void addMention(Signal s, String name, String title) {
        if ((name == null || name.isBlank()) && title == null) {
            return;
        }
        Entry e = resolve(name, title).orElseGet(() -> {
            Entry created = new Entry(null, name == null || name.isBlank() ? title : name.strip(), null, Side.UNKNOWN);
            entries.add(created);
            return created;
        });
        e.mentions++;
        if (title != null && e.title == null) {
            e.title = title;
        }
        if (e.calls.isEmpty() && e.side == Side.UNKNOWN) {
            e.side = mentionSide(s, name);
        }
    }

    private void addDetractor(Signal s) {
        String person = SignalLabels.detail(s, SignalLabels.DETAIL_PERSON);
        if (person == null) {
            return;
        }
        addMention(s, person, null);
        Entry e = resolve(person, null).orElseThrow();
        if (!e.stances.contains(s.label())) {
            e.stances.add(s.label());
        }
        String competitor = SignalLabels.detail(s, SignalLabels.DETAIL_COMPETITOR);
        if (competitor != null && !e.competitors.contains(competitor)) {
            e.competitors.add(competitor);
        }
    }

    /** People a buyer names are buyer-side; the deal owner is ours; anyone else only the seller named stays unknown. */
    private Side mentionSide(Signal s, String name) {
        if (name != null && PersonNames.samePerson(name, evidence.deal().ownerName())) {
            return Side.SELLER;
        }
        Side said = evidence.sideOf(s);
        return said == Side.BUYER || s.type() == SignalType.ECONOMIC_BUYER || s.type() == SignalType.DETRACTOR ? Side.BUYER : Side.UNKNOWN;
    }

    /** The entry a name or role refers to: a speaker first, then someone already mentioned, then a role holder. */
    Optional<Entry> resolve(String name, String title) {
        if (name != null && !name.isBlank()) {
            for (Entry e : entries) {
                if (e.identity != null && e.labels.stream().anyMatch(l -> PersonNames.sameSpeaker(name, l, e.email))) {
                    return Optional.of(e);
                }
            }
            for (Entry e : entries) {
                if (e.identity == null && PersonNames.samePerson(name, e.name)) {
                    if (PersonNames.tokens(name).size() > PersonNames.tokens(e.name).size()) {
                        e.name = name.strip();
                    }
                    return Optional.of(e);
                }
            }
            String role = name.strip().replaceFirst("(?i)^(the|our|your|their)\\s+", "");
            return entries.stream().filter(e -> role.equalsIgnoreCase(e.title)).findFirst();
        }
        return entries.stream().filter(e -> title.equalsIgnoreCase(e.title) || title.equalsIgnoreCase(e.name)).findFirst();
    }

    private static final class Entry {
        final String identity;
        String name;
        final String email;
        Side side;
        String title;
        final Set<String> labels = new LinkedHashSet<>();
        final List<String> calls = new ArrayList<>();
        int words;
        int mentions;
        final List<String> stances = new ArrayList<>();
        final List<String> competitors = new ArrayList<>();

        Entry(String identity, String name, String email, Side side) {
            this.identity = identity;
            this.name = name;
            this.email = email;
            this.side = side;
        }

        /** A device name ("Tasha's iPhone") or label ("SPEAKER_01") gives way to the person's real name. */
        void preferReadableName(String label) {
            if (email != null && !label.equals(name) && PersonNames.sameSpeaker(label, "", email)
                    && !PersonNames.sameSpeaker(name, "", email)) {
                name = label;
            }
        }

        Stakeholder toStakeholder() {
            return new Stakeholder(name, email, side, title, calls, words, mentions, stances, competitors);
        }
    }
}
