package io.candor.report;

import io.candor.domain.CauseCode;
import java.util.EnumMap;
import java.util.Map;

/**
 * For each cause: the lesson a deal retro should take away, and what a better move sounds like on a
 * call. Written for the rep to read: concrete, kind, and something to try on the next call.
 */
public final class CoachingPlaybook {

    /** @param lesson what to do differently; @param betterMove words a rep could actually say */
    public record Play(String title, String lesson, String betterMove) {
    }

    private static final Map<CauseCode, Play> PLAYS = new EnumMap<>(CauseCode.class);

    static {
        PLAYS.put(CauseCode.WEAK_DISCOVERY, new Play("Ask before you show",
                "Spend the first call learning, not showing: aim for at least four open questions per call and cover pain, impact, the decision process and success criteria before the first demo.",
                "\u201cBefore I show you anything, walk me through how this works today, start to finish. Where does it get stuck, and what does that cost you?\u201d"));
        PLAYS.put(CauseCode.TALKED_MORE_THAN_LISTENED, new Play("Let the buyer talk",
                "Keep your own share under two thirds, ideally under half: after each feature you show, stop and hand the floor back with a question about their world.",
                "\u201cThat's the piece I wanted you to see. How would that land with your team on a busy day? What would they push back on?\u201d"));
        PLAYS.put(CauseCode.NO_URGENCY, new Play("Tie the deal to their date",
                "Find the buyer's own deadline (go-live, renewal, audit, fiscal-year end) and end every call with a dated next step both sides agreed to.",
                "\u201cYou mentioned the audit in October. If we work back from that, we'd need a decision by August 15th. Can we put thirty minutes on Tuesday at 2 to map it out?\u201d"));
        PLAYS.put(CauseCode.NO_BUSINESS_CASE, new Play("Build the numbers with your champion",
                "Give your champion the case they need for the economic buyer: build the ROI together from their own volumes, and ask to walk finance through it.",
                "\u201cLet's build the number your CFO will ask for, from your own volumes: what does one of these cost you today, and how many a month? Could we take thirty minutes with finance to go through it together?\u201d"));
        PLAYS.put(CauseCode.SINGLE_THREADED, new Play("Meet the people behind your contact",
                "When a name comes up (\u201cI'll run it by my boss\u201d), ask to meet them; a deal carried by one contact stalls when that contact cannot decide alone.",
                "\u201cIt sounds like they will have the final word. What will matter most to them? Would it help if I joined when you walk them through it?\u201d"));
        PLAYS.put(CauseCode.MISSED_DETRACTOR, new Play("Engage the sceptic early",
                "When someone is said to prefer a competitor or doubt the project, ask what they like and ask to meet them; their concern does not go away unheard.",
                "\u201cI'd really like to understand what they liked about the other option. Could we get twenty minutes with them this week? If we can't meet their bar, better to know now.\u201d"));
        PLAYS.put(CauseCode.EXTERNAL_BUDGET, new Play("Qualify budget early",
                "A frozen budget is outside your control; ask early how spending is approved this year, and keep the relationship warm for when it thaws.",
                "\u201cHow are new projects getting funded this year, and has anything changed in how they're approved?\u201d"));
        PLAYS.put(CauseCode.EXTERNAL_ORG_CHANGE, new Play("Follow the org change",
                "An acquisition or reorg is outside your control; find out who owns the decision now and re-engage when the dust settles.",
                "\u201cWith the new leadership coming in, who will own this decision, and when would it make sense to reconnect with them?\u201d"));
        PLAYS.put(CauseCode.EXTERNAL_PRIORITY, new Play("Check the project's place in the queue",
                "A project pushed behind another is outside your control; ask early what competes for the same people and money.",
                "\u201cWhat else is on the team's plate this year, and where does this sit against it?\u201d"));
        PLAYS.put(CauseCode.PRODUCT_GAP, new Play("Surface must-haves early",
                "A missing capability is the product team's to close; ask for must-haves on the first call and qualify out early when we cannot meet one.",
                "\u201cIs there anything that would be a deal-breaker for you, a format, a language, an integration, that we should check on day one?\u201d"));
    }

    private CoachingPlaybook() {
    }

    public static Play play(CauseCode cause) {
        return PLAYS.get(cause);
    }

    /** "Weak discovery" for WEAK_DISCOVERY: how a cause reads in a sentence or heading. */
    public static String causeText(CauseCode cause) {
        return switch (cause) {
            case WEAK_DISCOVERY -> "Weak discovery";
            case TALKED_MORE_THAN_LISTENED -> "Talked more than listened";
            case NO_URGENCY -> "No urgency";
            case NO_BUSINESS_CASE -> "No business case";
            case SINGLE_THREADED -> "Single-threaded";
            case MISSED_DETRACTOR -> "Missed detractor";
            case EXTERNAL_BUDGET -> "Budget cut or frozen (external)";
            case EXTERNAL_ORG_CHANGE -> "Organisation change (external)";
            case EXTERNAL_PRIORITY -> "Project deprioritised (external)";
            case PRODUCT_GAP -> "Product gap";
        };
    }
}
