package io.candor.index;

import static io.candor.index.TurnFixtures.HARBOR;
import static io.candor.index.TurnFixtures.HARBOR_DEMO;
import static io.candor.index.TurnFixtures.HARBOR_DEMO_SIGNALS;
import static io.candor.index.TurnFixtures.NORTHWIND;
import static io.candor.index.TurnFixtures.NORTHWIND_ASSESSMENT;
import static io.candor.index.TurnFixtures.NORTHWIND_DISCOVERY;
import static io.candor.index.TurnFixtures.NORTHWIND_DISCOVERY_SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.candor.domain.Call;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TurnIndexTest {

    @TempDir
    Path dir;

    @Test
    void indexingTwiceReplacesInsteadOfDuplicating() throws Exception {
        TurnFixtures.indexAll(dir);
        TurnFixtures.indexAll(dir);
        assertThat(count("")).isEqualTo(TurnFixtures.TURNS);
        assertThat(count("turn_id:\"C-1001-1#3\"")).isEqualTo(1);
        assertThat(count("zendara")).isEqualTo(1);
    }

    @Test
    void reindexingACallWithFewerTurnsDropsTheSurplus() throws Exception {
        TurnFixtures.indexAll(dir);
        Call shorter = new Call(NORTHWIND_DISCOVERY.callId(), NORTHWIND_DISCOVERY.dealId(), NORTHWIND_DISCOVERY.startedAt(),
                NORTHWIND_DISCOVERY.title(), NORTHWIND_DISCOVERY.source(), NORTHWIND_DISCOVERY.format(), "changed",
                NORTHWIND_DISCOVERY.turns().subList(0, 2));
        try (TurnIndex index = TurnIndex.open(dir)) {
            index.indexCall(NORTHWIND, shorter, NORTHWIND_DISCOVERY_SIGNALS, NORTHWIND_ASSESSMENT);
            index.commit();
        }
        assertThat(count("call:C-1001-1")).isEqualTo(2);
        assertThat(count("zendara")).isZero();
        assertThat(count("")).isEqualTo(TurnFixtures.TURNS - 4);
    }

    @Test
    void deletedCallDisappears() throws Exception {
        TurnFixtures.indexAll(dir);
        try (TurnIndex index = TurnIndex.open(dir)) {
            index.deleteCall("C-2002-1");
            index.commit();
        }
        assertThat(count("call:C-2002-1")).isZero();
        assertThat(count("")).isEqualTo(TurnFixtures.TURNS - 4);
    }

    @Test
    void retainDealsDropsDealsThatLeftTheCorpus() throws Exception {
        TurnFixtures.indexAll(dir);
        try (TurnIndex index = TurnIndex.open(dir)) {
            index.retainDeals(Set.of("D-1001", "D-7777"));
            index.commit();
        }
        assertThat(count("deal:D-2002")).isZero();
        assertThat(count("deal:D-1001")).isEqualTo(10);
        try (TurnIndex index = TurnIndex.open(dir)) {
            index.retainDeals(Set.of());
            index.commit();
        }
        assertThat(count("")).isZero();
    }

    @Test
    void retainCallsDropsCallsThatLeftTheCorpus() throws Exception {
        TurnFixtures.indexAll(dir);
        try (TurnIndex index = TurnIndex.open(dir)) {
            index.retainCalls(Set.of("C-1001-2", "C-2002-1"));
            index.commit();
        }
        assertThat(count("call:C-1001-1")).isZero();
        assertThat(count("")).isEqualTo(8);
    }

    @Test
    void rollbackKeepsTheLastCommitAndARerunCompletes() throws Exception {
        TurnIndex index = TurnIndex.open(dir);
        index.indexCall(NORTHWIND, NORTHWIND_DISCOVERY, NORTHWIND_DISCOVERY_SIGNALS, NORTHWIND_ASSESSMENT);
        index.commit();
        index.indexCall(HARBOR, HARBOR_DEMO, HARBOR_DEMO_SIGNALS, TurnFixtures.HARBOR_ASSESSMENT);
        index.deleteCall(NORTHWIND_DISCOVERY.callId());
        index.rollback(); // the chunk failed

        assertThat(count("")).isEqualTo(6);
        assertThat(count("call:C-1001-1")).isEqualTo(6);
        TurnFixtures.indexAll(dir); // the restarted run replays everything
        assertThat(count("")).isEqualTo(TurnFixtures.TURNS);
    }

    @Test
    void killedWriterLeavesTheLastCommitReadable(@TempDir Path afterKill) throws Exception {
        try (TurnIndex index = TurnIndex.open(dir)) {
            index.indexCall(NORTHWIND, NORTHWIND_DISCOVERY, NORTHWIND_DISCOVERY_SIGNALS, NORTHWIND_ASSESSMENT);
            index.commit();
            index.indexCall(HARBOR, HARBOR_DEMO, HARBOR_DEMO_SIGNALS, TurnFixtures.HARBOR_ASSESSMENT);
            index.deleteCall(NORTHWIND_DISCOVERY.callId());
            // What a kill -9 leaves behind: the files as they are now, the lock file included, no close.
            copyFiles(dir, afterKill);
        }
        assertThat(count(afterKill, "")).isEqualTo(6);
        assertThat(count(afterKill, "call:C-1001-1")).isEqualTo(6);

        TurnFixtures.indexAll(afterKill); // the stale lock file does not block the restarted run
        TurnFixtures.indexAll(afterKill);
        assertThat(count(afterKill, "")).isEqualTo(TurnFixtures.TURNS);
    }

    @Test
    void nothingIsVisibleToSearchersBeforeCommit() throws Exception {
        TurnFixtures.indexAll(dir);
        try (TurnIndex index = TurnIndex.open(dir); TurnSearcher searcher = TurnSearcher.open(dir)) {
            index.deleteCall("C-2002-1");
            searcher.refresh();
            assertThat(searcher.search(SearchRequest.of("")).total()).isEqualTo(TurnFixtures.TURNS);
            index.commit();
            searcher.refresh();
            assertThat(searcher.search(SearchRequest.of("")).total()).isEqualTo(TurnFixtures.TURNS - 4);
        }
    }

    @Test
    void aSecondWriterOnTheSameIndexIsRefusedWithAReason() throws Exception {
        try (TurnIndex first = TurnIndex.open(dir)) {
            assertThatThrownBy(() -> TurnIndex.open(dir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("search index " + dir + " is already open for writing");
        }
    }

    @Test
    void aCallOfAnotherDealIsRejected() throws Exception {
        try (TurnIndex index = TurnIndex.open(dir)) {
            assertThatThrownBy(() -> index.indexCall(HARBOR, NORTHWIND_DISCOVERY, List.of(), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("call C-1001-1 belongs to deal D-1001, not to deal D-2002");
        }
    }

    @Test
    void aFreshIndexIsSearchableAtOnce() throws Exception {
        try (TurnIndex index = TurnIndex.open(dir)) {
            assertThat(count("")).isZero();
        }
    }

    private long count(String query) throws Exception {
        return count(dir, query);
    }

    private static long count(Path indexDir, String query) throws Exception {
        try (TurnSearcher searcher = TurnSearcher.open(indexDir)) {
            return searcher.search(SearchRequest.of(query)).total();
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
