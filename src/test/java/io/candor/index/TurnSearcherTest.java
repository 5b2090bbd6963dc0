package io.candor.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TurnSearcherTest {

    @TempDir
    static Path dir;
    static TurnSearcher searcher;

    @BeforeAll
    static void indexFixtures() throws Exception {
        TurnFixtures.indexAll(dir);
        searcher = TurnSearcher.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() throws Exception {
        assertThat(ids("pricing")).containsExactlyInAnyOrder("C-1001-1#1", "C-1001-1#4", "C-2002-1#0", "C-2002-1#1");
        assertThat(ids("priced")).containsExactlyInAnyOrderElementsOf(ids("pricing"));
    }

    @Test
    void phraseMatchesWordsInOrderIncludingShortWords() throws Exception {
        assertThat(ids("\"not a priority\"")).containsExactlyInAnyOrder("C-1001-1#3", "C-2002-1#3");
        assertThat(ids("\"priority a not\"")).isEmpty();
        assertThat(ids("\"board froze the budget\"")).containsExactly("C-1001-2#1");
    }

    @Test
    void proximityAllowsWordsBetween() throws Exception {
        assertThat(ids("\"budget frozen\"")).isEmpty();
        assertThat(ids("\"budget frozen\"~1")).containsExactly("C-1001-2#0");
    }

    @Test
    void fieldsOfTheQuerySyntax() throws Exception {
        assertThat(ids("speaker:dana AND zendara")).containsExactly("C-1001-1#3");
        assertThat(ids("competitor:zendara")).containsExactly("C-1001-1#3");
        assertThat(ids("competitor:Quillstone")).containsExactly("C-2002-1#1");
        assertThat(ids("detractor:prefers_competitor")).containsExactly("C-1001-1#3");
        assertThat(ids("person:\"Priya Raman\"")).containsExactly("C-1001-1#3");
        assertThat(ids("topic:budget")).containsExactly("C-2002-1#2");
        assertThat(ids("signal:question.open")).containsExactly("C-1001-1#2");
        assertThat(ids("next_step:dated")).containsExactly("C-1001-2#3");
        assertThat(ids("next_step_date:[2024-03-01 TO 2024-03-31]")).containsExactly("C-1001-2#3");
        assertThat(ids("business_case:payback")).containsExactly("C-1001-2#2");
        assertThat(ids("external_cause:org_change")).containsExactly("C-1001-2#1");
        assertThat(ids("verdict:mixed AND budget")).containsExactlyInAnyOrder("C-2002-1#2", "C-2002-1#3");
        assertThat(ids("account:harbor AND side:buyer")).containsExactlyInAnyOrder("C-2002-1#1", "C-2002-1#3");
        assertThat(ids("lost_to:zendara AND board")).containsExactlyInAnyOrder("C-1001-2#0", "C-1001-2#1");
        assertThat(ids("amount:[40000 TO *] AND budget")).containsExactlyInAnyOrder("C-1001-2#0", "C-1001-2#1");
        assertThat(ids("start_ms:[0 TO 5000] AND deal:D-1001")).containsExactlyInAnyOrder("C-1001-1#0", "C-1001-1#1", "C-1001-2#0");
        assertThat(ids("date:[2024-03-10 TO 2024-03-31] AND side:seller")).containsExactlyInAnyOrder("C-1001-2#0", "C-1001-2#2");
        assertThat(ids("turn:3 AND call:C-2002-1")).containsExactly("C-2002-1#3");
    }

    @Test
    void everyFilterNarrowsTheMatches() throws Exception {
        SearchRequest budget = SearchRequest.of("budget").withPage(50, 0);
        assertThat(ids(budget)).containsExactlyInAnyOrder("C-1001-2#0", "C-1001-2#1", "C-2002-1#2", "C-2002-1#3");
        assertThat(ids(budget.withFilters("D-2002", null, null, null, null, null))).containsExactlyInAnyOrder("C-2002-1#2", "C-2002-1#3");
        assertThat(ids(budget.withFilters(null, "tyler brandt", null, null, null, null))).containsExactlyInAnyOrder("C-1001-2#0", "C-1001-2#1");
        assertThat(ids(budget.withFilters(null, null, "buyer", null, null, null))).containsExactlyInAnyOrder("C-1001-2#1", "C-2002-1#3");
        assertThat(ids(budget.withFilters(null, null, null, "external_cause", null, null))).containsExactlyInAnyOrder("C-1001-2#1", "C-2002-1#3");
        assertThat(ids(budget.withFilters(null, null, null, "external_cause.priority", null, null))).containsExactly("C-2002-1#3");
        assertThat(ids(budget.withFilters(null, null, null, null, "WEAK_DISCOVERY", null))).containsExactlyInAnyOrder("C-2002-1#2", "C-2002-1#3");
        assertThat(ids(budget.withFilters(null, null, null, null, null, "Budget"))).containsExactlyInAnyOrder("C-1001-2#0", "C-1001-2#1");
        assertThat(ids(budget.withFilters("D-2002", null, "seller", "question", "weak_discovery", "lost to competitor"))).containsExactly("C-2002-1#2");
        assertThat(ids(budget.withFilters("d-2002", null, null, null, null, null))).as("deal ids are exact").isEmpty();
    }

    @Test
    void facetsCountEveryMatchNotJustThePage() throws Exception {
        SearchResult all = searcher.search(SearchRequest.of("").withPage(1, 0));
        assertThat(all.total()).isEqualTo(TurnFixtures.TURNS);
        assertThat(all.totalExact()).isTrue();
        assertThat(all.facets().keySet()).containsExactlyElementsOf(TurnFields.FACET_DIMS);
        assertThat(all.facets().get("rep")).containsExactly(new FacetCount("Tyler Brandt", 10), new FacetCount("Megan Castillo", 4));
        assertThat(all.facets().get("side")).containsExactlyInAnyOrder(new FacetCount("buyer", 7), new FacetCount("seller", 7));
        assertThat(all.facets().get("cause")).containsExactlyInAnyOrder(new FacetCount("MISSED_DETRACTOR", 10),
                new FacetCount("NO_URGENCY", 10), new FacetCount("WEAK_DISCOVERY", 4), new FacetCount("EXTERNAL_PRIORITY", 4));
        assertThat(all.facets().get("reason")).containsExactly(new FacetCount("Budget", 10), new FacetCount("Lost to competitor", 4));
        assertThat(all.facets().get("competitor")).containsExactlyInAnyOrder(new FacetCount("Zendara", 1), new FacetCount("Quillstone", 1));
        assertThat(all.facets().get("signal")).contains(new FacetCount("question", 4), new FacetCount("external_cause", 2),
                new FacetCount("detractor", 1), new FacetCount("next_step", 2));

        SearchResult buyerBudget = searcher.search(SearchRequest.of("budget side:buyer"));
        assertThat(buyerBudget.facets().get("side")).containsExactly(new FacetCount("buyer", 2));
        assertThat(buyerBudget.facets().get("rep")).containsExactlyInAnyOrder(new FacetCount("Tyler Brandt", 1), new FacetCount("Megan Castillo", 1));
    }

    @Test
    void withoutFacetsTheTotalIsStillGivenAndNoFacetsAreCounted() throws Exception {
        SearchResult result = searcher.search(SearchRequest.of("budget").withFacets(false));
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.totalExact()).isTrue();
        assertThat(result.facets()).isEmpty();
    }

    @Test
    void snippetMarksTheMatchedWordsAsFragments() throws Exception {
        TurnHit hit = only("\"pricing tiers\"");
        assertThat(hit.turnId()).isEqualTo("C-1001-1#4");
        assertThat(hit.snippet().fragments()).filteredOn(Snippet.Fragment::highlighted)
                .extracting(Snippet.Fragment::text).as("a phrase is marked as one match").containsExactly("pricing tiers");
        assertThat(hit.snippet().marked("[", "]")).contains("our [pricing tiers] so you can compare <them> & decide.");
        assertThat(hit.snippet().html("<mark>", "</mark>"))
                .contains("<mark>pricing tiers</mark> so you can compare &lt;them&gt; &amp; decide.");
        assertThat(only("priced vendors").snippet().marked("*", "*")).isEqualTo("Busy. We *priced* out three *vendors* last quarter and the numbers were all over the place.");
    }

    @Test
    void wordsWithoutOperatorMustAllMatch() throws Exception {
        assertThat(ids("budget board")).containsExactlyInAnyOrder("C-1001-2#0", "C-1001-2#1");
        assertThat(ids("budget OR pricing")).hasSize(8);
    }

    @Test
    void hitCarriesTheTurnAndItsCall() throws Exception {
        TurnHit hit = only("acquisition");
        assertThat(hit).extracting(TurnHit::turnId, TurnHit::dealId, TurnHit::callId, TurnHit::callDate, TurnHit::rep,
                        TurnHit::speaker, TurnHit::side, TurnHit::turnIndex, TurnHit::startMs)
                .containsExactly("C-1001-2#1", "D-1001", "C-1001-2", "2024-03-18", "Tyler Brandt", "Dana Whitfield", "buyer", 1, 6_000L);
        assertThat(hit.time()).isEqualTo("00:06");
        assertThat(only("\"March 26\"").time()).isEqualTo("1:02:05");
        TurnHit untimed = only("reorg");
        assertThat(untimed.startMs()).isNull();
        assertThat(untimed.callDate()).isNull();
        assertThat(untimed.time()).isEqualTo("--:--");
    }

    @Test
    void contextGivesTheSurroundingTurnsInCallOrder() throws Exception {
        assertThat(searcher.context("C-1001-1#3", 1, 2)).extracting(TurnHit::turnId)
                .containsExactly("C-1001-1#2", "C-1001-1#3", "C-1001-1#4", "C-1001-1#5");
        assertThat(searcher.context("C-1001-1#0", 3, 0)).extracting(TurnHit::turnId).containsExactly("C-1001-1#0");
        assertThat(searcher.context("C-9999#0", 1, 1)).isEmpty();

        TurnHit hit = searcher.search(SearchRequest.of("zendara speaker:dana").withContext(2)).hits().get(0);
        assertThat(hit.contextBefore()).extracting(TurnHit::turnId).containsExactly("C-1001-1#1", "C-1001-1#2");
        assertThat(hit.contextAfter()).extracting(TurnHit::turnId).containsExactly("C-1001-1#4", "C-1001-1#5");
        assertThat(hit.contextAfter().get(1).text()).isEqualTo("Sure. Can we touch base next month?");
    }

    @Test
    void pagesDoNotOverlap() throws Exception {
        SearchRequest all = SearchRequest.of("budget OR pricing OR board");
        List<String> first = ids(all.withPage(3, 0));
        List<String> second = ids(all.withPage(3, 3));
        assertThat(first).hasSize(3).doesNotContainAnyElementsOf(second);
        assertThat(second).isNotEmpty();
        assertThat(searcher.search(all.withPage(10, 100)).hits()).isEmpty();
    }

    @Test
    void blankQueryMatchesEveryTurn() throws Exception {
        assertThat(searcher.search(SearchRequest.of(" ").withPage(100, 0)).hits()).hasSize(TurnFixtures.TURNS);
        assertThat(searcher.search(SearchRequest.of("*:*").withPage(100, 0)).total()).isEqualTo(TurnFixtures.TURNS);
    }

    @Test
    void missingIndexIsNamedWithWhatToDo(@TempDir Path empty) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TurnSearcher.open(empty.resolve("index")))
                .isInstanceOf(IndexMissingException.class)
                .hasMessage("no search index at " + empty.resolve("index") + "; run ./candor run first to build it");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TurnSearcher.open(empty))
                .isInstanceOf(IndexMissingException.class);
    }

    private static TurnHit only(String query) throws Exception {
        List<TurnHit> hits = searcher.search(SearchRequest.of(query)).hits();
        assertThat(hits).as("hits of %s", query).hasSize(1);
        return hits.get(0);
    }

    private static List<String> ids(String query) throws Exception {
        return ids(SearchRequest.of(query).withPage(50, 0));
    }

    private static List<String> ids(SearchRequest request) throws Exception {
        return searcher.search(request).hits().stream().map(TurnHit::turnId).toList();
    }
}
