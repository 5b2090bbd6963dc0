package io.candor.index;

import java.util.List;
import java.util.Set;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * Every field of a turn document, in one place, each with why it is stored, indexed, tokenized
 * or given doc values. The names are also the field names of the query syntax
 * ({@code speaker:tasha}, {@code cause:no_urgency}), so they are short and lower-case.
 *
 * <p>Three kinds of indexed field:
 * <ul>
 *   <li>identifiers ({@link #TURN_ID}, {@link #DEAL}, {@link #CALL}): exact, case kept, because CRM
 *       ids such as Salesforce's are case-sensitive;</li>
 *   <li>labels (rep, side, signals, causes, reasons...): one untokenized term each, lower-cased at
 *       index and query time so {@code cause:NO_URGENCY} and {@code cause:no_urgency} both match;</li>
 *   <li>words ({@link #TEXT}, {@link #SPEAKER}, {@link #ACCOUNT}): tokenized.</li>
 * </ul>
 */
public final class TurnFields {

    // --- identity --------------------------------------------------------------------------

    /** "callId#turnIndex". Indexed untokenized, stored: the key of updateDocument and context look-ups. */
    public static final String TURN_ID = "turn_id";
    /** Deal id. Indexed untokenized (exact filter, drop-by-deal), stored for display. */
    public static final String DEAL = "deal";
    /** Call id. Indexed untokenized: delete-by-call on re-index and the context window. Stored for display. */
    public static final String CALL = "call";
    /**
     * 0-based turn position in the call. Point (range {@code turn:[3 TO 9]}), numeric doc values (sorts the
     * context window without loading stored fields), stored for display.
     */
    public static final String TURN = "turn";

    // --- the turn ---------------------------------------------------------------------------

    /**
     * What was said. Tokenized with English stemming (so "pricing" finds "priced"), positions for
     * phrase and proximity queries, offsets in the postings so the UnifiedHighlighter marks hits
     * without re-analysing the text, stored because the hit and the snippet show it.
     */
    public static final String TEXT = "text";
    /** Speaker as the transcript names them. Tokenized without stemming ({@code speaker:tasha}), stored for display. */
    public static final String SPEAKER = "speaker";
    /** seller | buyer | unknown. Label field, stored for display, faceted. */
    public static final String SIDE = "side";
    /** Milliseconds from the start of the recording. Point for ranges, stored for the mm:ss display; absent when untimed. */
    public static final String START_MS = "start_ms";
    /** Call date, ISO yyyy-MM-dd (UTC). Untokenized so {@code date:[2024-01-01 TO 2024-03-31]} works lexically; stored. */
    public static final String DATE = "date";

    // --- the deal ---------------------------------------------------------------------------

    /** The deal owner, i.e. the rep. Label field (exact name, any case); the original spelling stored for display; faceted. */
    public static final String REP = "rep";
    /** Buyer organisation. Tokenized like speaker names ({@code account:acme}); not stored (the deal page has it). */
    public static final String ACCOUNT = "account";
    /** The CRM's stated loss reason ("Budget", "Went dark"). Label field, faceted. */
    public static final String REASON = "reason";
    /** Competitor the CRM says the deal was lost to. Label field. */
    public static final String LOST_TO = "lost_to";
    /** Deal amount. Double point for {@code amount:[50000 TO *]}; not stored (reports show it). */
    public static final String AMOUNT = "amount";
    /** The scorer's verdict (likely_our_fault...). Label field; absent before the deal is scored. */
    public static final String VERDICT = "verdict";
    /** The scorer's cause codes for the deal, one term each. Label field, multi-valued, faceted. */
    public static final String CAUSE = "cause";

    // --- the turn's signals (BRIEF vocabulary), all label fields, multi-valued ---------------

    /** Signal types and type.label pairs present in the turn: {@code signal:detractor}, {@code signal:question.open}. Faceted by type. */
    public static final String SIGNAL = "signal";
    /** Question labels: open | closed | request | rhetorical | tag | backchannel. */
    public static final String QUESTION = "question";
    /** Discovery topics a seller question touched: pain, budget, decision_process... */
    public static final String TOPIC = "topic";
    /** Detractor stances: prefers_competitor | opposes | doubts. */
    public static final String DETRACTOR = "detractor";
    /** Canonical competitor names mentioned (mentions and detractor preferences). Faceted. */
    public static final String COMPETITOR = "competitor";
    /** Next-step labels: dated | vague. */
    public static final String NEXT_STEP = "next_step";
    /** ISO date of a dated next step, for ranges. */
    public static final String NEXT_STEP_DATE = "next_step_date";
    /** Compelling-event labels: go_live | renewal | board_meeting... */
    public static final String COMPELLING_EVENT = "compelling_event";
    /** Business-case labels: roi | cost_of_inaction | payback | savings. */
    public static final String BUSINESS_CASE = "business_case";
    /** External-cause labels: budget | org_change | priority. */
    public static final String EXTERNAL_CAUSE = "external_cause";
    /** Linked names of people mentioned in the turn. */
    public static final String PERSON = "person";

    /** Facet dimensions, in the order results list them. Each is also a label field of the same name. */
    public static final List<String> FACET_DIMS = List.of(REP, SIDE, CAUSE, REASON, COMPETITOR, SIGNAL);
    /** Facet dimensions whose documents carry more than one value. */
    static final Set<String> MULTI_VALUED_DIMS = Set.of(CAUSE, COMPETITOR, SIGNAL);

    /** Exact, case-sensitive identifier fields. */
    static final Set<String> ID_FIELDS = Set.of(TURN_ID, DEAL, CALL);
    /** Untokenized, lower-cased label fields. */
    static final Set<String> LABEL_FIELDS = Set.of(SIDE, DATE, REP, REASON, LOST_TO, VERDICT, CAUSE, SIGNAL, QUESTION,
            TOPIC, DETRACTOR, COMPETITOR, NEXT_STEP, NEXT_STEP_DATE, COMPELLING_EVENT, BUSINESS_CASE, EXTERNAL_CAUSE, PERSON);
    /** Tokenized name fields (no stemming). */
    static final Set<String> NAME_FIELDS = Set.of(SPEAKER, ACCOUNT);
    /** Point fields and the number type their query values must parse as. */
    static final Set<String> LONG_FIELDS = Set.of(START_MS);
    static final Set<String> INT_FIELDS = Set.of(TURN);
    static final Set<String> DOUBLE_FIELDS = Set.of(AMOUNT);

    /** Stored fields a hit needs; loading only these keeps hit assembly cheap. */
    static final Set<String> HIT_FIELDS = Set.of(TURN_ID, DEAL, CALL, TURN, DATE, REP, SPEAKER, SIDE, START_MS, TEXT);

    /** Tokenized, stored, with offsets in the postings (cheapest way for the UnifiedHighlighter to find hits). */
    static final FieldType TEXT_TYPE = textType();

    private TurnFields() {
    }

    /** Every field name the query syntax accepts. */
    static Set<String> queryable() {
        var all = new java.util.TreeSet<String>();
        all.add(TEXT);
        all.addAll(ID_FIELDS);
        all.addAll(LABEL_FIELDS);
        all.addAll(NAME_FIELDS);
        all.addAll(LONG_FIELDS);
        all.addAll(INT_FIELDS);
        all.addAll(DOUBLE_FIELDS);
        return all;
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
