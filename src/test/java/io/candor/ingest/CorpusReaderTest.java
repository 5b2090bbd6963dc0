package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.candor.domain.Deal;
import io.candor.domain.IngestProblem;
import io.candor.domain.Participant;
import io.candor.domain.Side;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path temp;

    private final CorpusReader reader = new CorpusReader();

    @Test
    void salesforceReportExportWithBomQuotedCommasAndNewlinesAndFooter() {
        Corpus corpus = reader.read(Fixtures.resource("corpora/salesforce"));

        assertThat(corpus.deals()).extracting(Deal::dealId).containsExactly("006Hs00001BrWtAAK", "006Hs00001HalVAAS");
        Deal brightwater = corpus.deals().get(0);
        assertThat(brightwater).extracting(Deal::dealName, Deal::account, Deal::ownerName, Deal::ownerEmail, Deal::amount,
                        Deal::currency, Deal::closeDate, Deal::stage, Deal::lossReason, Deal::lossReasonDetail, Deal::competitor)
                .containsExactly("Brightwater - AP Automation", "Brightwater Logistics", "Tyler Brandt", "tyler.brandt@paperlane.io",
                        new BigDecimal("84000.00"), "USD", LocalDate.of(2026, 9, 12), "Closed Lost", "Budget",
                        "Customer said \"no budget\", maybe next year", null);
        Deal halvorsen = corpus.deals().get(1);
        assertThat(halvorsen.account()).isEqualTo("Halvorsen Manufacturing, Inc.");
        assertThat(halvorsen.lossReasonDetail()).isEqualTo("Went with Zendara.\nPlant controller preferred their dashboards.");
        assertThat(halvorsen.amount()).isEqualByComparingTo("126500");
        assertThat(halvorsen.currency()).isEqualTo("USD");
        assertThat(halvorsen.attributes()).containsExactly(
                java.util.Map.entry("Industry", "Manufacturing"), java.util.Map.entry("Region", "Central"));
        assertThat(corpus.skipped()).containsExactly(
                new SkippedDeal("006Hs00001OpenAAA", "Negotiation/Review"), new SkippedDeal("006Hs00001WonAAAA", "Closed Won"));
        assertThat(corpus.problems()).noneMatch(p -> p.file().equals("deals.csv"));
        assertThat(corpus.config().internalDomains()).containsExactly("paperlane.io");
    }

    @Test
    void callsCsvRowsAreCheckedAndOrderedByStartTime() {
        Corpus corpus = reader.read(Fixtures.resource("corpora/salesforce"));

        assertThat(corpus.calls()).extracting(CallRef::callId, CallRef::dealId, CallRef::startedAt, CallRef::title,
                CallRef::relativePath, CallRef::format, CallRef::order).containsExactly(
                tuple("C-BW-1", "006Hs00001BrWtAAK", Instant.parse("2026-05-04T15:30:00Z"), "Discovery",
                        "transcripts/brightwater/discovery.vtt", "vtt", 0),
                tuple("C-BW-2", "006Hs00001BrWtAAK", Instant.parse("2026-05-19T16:00:00Z"), "Follow-up",
                        "transcripts/brightwater/followup.json", "auto", 1),
                tuple("C-HV-1", "006Hs00001HalVAAS", Instant.parse("2026-06-03T20:00:00Z"), "Demo, with SE",
                        "transcripts/halvorsen/demo.vtt", "auto", 0),
                tuple("C-HV-2", "006Hs00001HalVAAS", null, "Pricing", "transcripts/halvorsen/pricing.json", "assemblyai-json", 1));
        assertThat(corpus.calls().get(0).transcript()).isEqualTo(corpus.root().resolve("transcripts/brightwater/discovery.vtt"));

        assertThat(problems(corpus, "calls.csv")).containsExactly(
                "calls.csv:5: call 'C-HV-2': started_at 'next tuesday' is not ISO-8601 (e.g. 2026-06-03T15:00:00Z); the call is kept without a start time",
                "calls.csv:7: call 'C-XX-1': deal_id '006Hs00009NopeAAA' is not a usable deal in deals.csv (missing there, or its row has a problem)",
                "calls.csv:8: call 'C-ESC-1': transcript path '../../../../etc/passwd' leads outside the corpus folder",
                "calls.csv:9: call 'C-ESC-2': transcript path '/etc/passwd' is absolute; write it relative to the corpus folder",
                "calls.csv:10: call 'C-MISS': transcript 'transcripts/brightwater/third-call.vtt' does not exist",
                "calls.csv:11: call 'C-FMT': unknown format 'zoom' (known: auto, candor-json, gong-json, aws-transcribe-json, "
                        + "assemblyai-json, deepgram-json, whisperx-json, vtt, srt, text)",
                "calls.csv:12: duplicate call_id 'C-BW-1' (first on line 3)");
    }

    @Test
    void participantsWithAffiliationsAndProblems() {
        Corpus corpus = reader.read(Fixtures.resource("corpora/salesforce"));

        assertThat(corpus.participants()).hasSize(6).contains(
                new Participant("C-BW-1", "Marcus Hale", "marcus.hale@brightwaterlogistics.com", Side.BUYER, "Controller"),
                new Participant("C-BW-2", "spk_0", "tyler.brandt@paperlane.io", Side.SELLER, null),
                new Participant("C-HV-2", "B", null, null, null));
        // C-KS-1 belongs to the skipped open deal: not a problem
        assertThat(problems(corpus, "participants.csv")).containsExactly(
                "participants.csv:7: affiliation 'champion' is not internal or external; the row is kept without a side",
                "participants.csv:9: call_id 'C-NOPE' is not a call of this corpus");
    }

    @Test
    void hubspotExportWithoutCallsCsvUsesTheFolderLayout() {
        Corpus corpus = reader.read(Fixtures.resource("corpora/hubspot"));

        assertThat(corpus.deals()).extracting(Deal::dealId, Deal::ownerName, Deal::amount, Deal::closeDate, Deal::lossReason)
                .containsExactly(
                        tuple("19283746501", "Dev Okafor", new BigDecimal("98000"), LocalDate.of(2026, 9, 30), "Budget"),
                        tuple("19283746502", "Lauren Whitfield", new BigDecimal("57000.50"), LocalDate.of(2026, 9, 19), "Timing"),
                        tuple("55500011122", "Megan Castillo", new BigDecimal("45000"), LocalDate.of(2026, 8, 15), "Price"));
        assertThat(corpus.deals().get(0).lossReasonDetail()).isEqualTo("Board froze all capital projects");
        assertThat(corpus.deals().get(0).attributes()).containsOnlyKeys("Pipeline", "Create Date");
        assertThat(corpus.skipped()).containsExactly(new SkippedDeal("19283746503", "appointmentscheduled"));

        assertThat(corpus.calls()).extracting(CallRef::callId, CallRef::dealId, CallRef::relativePath, CallRef::format, CallRef::order)
                .containsExactly(
                        tuple("01-intro", "19283746501", "transcripts/19283746501/01-intro.txt", "auto", 0),
                        tuple("02-checkin", "19283746501", "transcripts/19283746501/02-checkin.json", "auto", 1),
                        tuple("pricing", "19283746502", "transcripts/19283746502/2026-06/pricing.srt", "auto", 0),
                        tuple("55500011122/pricing.txt", "55500011122", "transcripts/55500011122/pricing.txt", "auto", 0));
        assertThat(corpus.problems()).extracting(IngestProblem::describe).containsExactly(
                "transcripts/99999/: folder: deal_id '99999' is not a usable deal in deals.csv (missing there, or its row has a problem)",
                "transcripts/notes.txt: not inside a transcripts/<deal_id>/ folder, and there is no calls.csv to say which deal it belongs to");
    }

    @Test
    void candorYmlMapsTheHeadersOfAnyOtherExport() {
        Corpus corpus = reader.read(Fixtures.resource("corpora/mapped"));

        assertThat(corpus.deals()).singleElement().satisfies(d -> {
            assertThat(d.dealId()).isEqualTo("OPP-7");
            assertThat(d.ownerName()).isEqualTo("Lauren Whitfield");
            assertThat(d.lossReason()).isEqualTo("Timing");
            assertThat(d.account()).isEqualTo("Tidewater Shipping");
            assertThat(d.ownerEmail()).isEqualTo("lauren.whitfield@paperlane.io");
            assertThat(d.attributes()).containsExactly(java.util.Map.entry("Segment", "Mid-Market"));
        });
        assertThat(corpus.calls()).extracting(CallRef::callId).containsExactly("kickoff");
    }

    @Test
    void badRowsAreReportedWithTheirLineAndLeftOut() throws Exception {
        Path corpus = Fixtures.copyCorpus("canonical", temp.resolve("c"));
        Files.createDirectories(corpus.resolve("transcripts"));

        Corpus read = reader.read(corpus);

        assertThat(read.deals()).extracting(Deal::dealId).containsExactly("D-1", "D-6");
        assertThat(read.deals().get(0).amount()).isEqualByComparingTo("1250000");
        assertThat(read.deals().get(0).attributes()).containsExactly(java.util.Map.entry("Region", "East"));
        assertThat(read.deals().get(1)).extracting(Deal::amount, Deal::currency, Deal::closeDate, Deal::stage)
                .containsExactly(new BigDecimal("12500.75"), "EUR", LocalDate.of(2026, 8, 9), "Lost");
        assertThat(problems(read, "deals.csv")).containsExactly(
                "deals.csv:3: owner_name is empty",
                "deals.csv:4: amount 'twenty grand' is not a number (e.g. 84000 or 84,000.00)",
                "deals.csv:5: close_date '2026-02-30' is not a date (yyyy-MM-dd or M/d/yyyy)",
                "deals.csv:6: duplicate deal_id 'D-1' (first on line 2)",
                "deals.csv:7: deal_id is empty",
                "deals.csv:8: row has 14 values but the header has 13 columns (an unquoted comma?)");
        assertThat(read.problems()).filteredOn(p -> p.line() == 3).extracting(IngestProblem::dealId).containsExactly("D-2");
    }

    @Test
    void missingDealsCsvIsFatalAndSaysWhatIsNeeded() throws Exception {
        Files.createDirectories(temp.resolve("transcripts"));

        assertThatThrownBy(() -> reader.read(temp))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("deals.csv not found")
                .hasMessageContaining("deal_id and owner_name");
    }

    @Test
    void missingRequiredColumnNamesTheColumnAndTheAcceptedHeaders() throws Exception {
        Files.writeString(temp.resolve("deals.csv"), "Opportunity ID,Account Name,Amount\n006A,Acme,100\n");

        assertThatThrownBy(() -> reader.read(temp))
                .isInstanceOf(CorpusException.class)
                .hasMessage("deals.csv: no column for required field 'owner_name' (accepted headers: owner_name, Opportunity Owner, "
                        + "Deal owner; found: Opportunity ID, Account Name, Amount)");
    }

    @Test
    void headersMatchIgnoringCaseSpacesAndUnderscores() throws Exception {
        Files.writeString(temp.resolve("deals.csv"), " DEAL ID ,Owner_Name,  close date \nD-9,Dev Okafor,3/4/2026\n");
        Files.createDirectories(temp.resolve("transcripts"));

        Corpus read = reader.read(temp);

        assertThat(read.deals()).singleElement().extracting(Deal::dealId, Deal::ownerName, Deal::closeDate)
                .containsExactly("D-9", "Dev Okafor", LocalDate.of(2026, 3, 4));
    }

    @Test
    void aMappingToAHeaderTheFileLacksIsAnError() throws Exception {
        Files.writeString(temp.resolve("deals.csv"), "deal_id,owner_name\nD-1,Dev Okafor\n");
        Files.writeString(temp.resolve("candor.yml"), "deals:\n  columns: { loss_reason: \"Why We Lost\" }\n");

        assertThatThrownBy(() -> reader.read(temp))
                .isInstanceOf(CorpusException.class)
                .hasMessage("candor.yml: deals.columns.loss_reason names header 'Why We Lost', which deals.csv does not have (found: deal_id, owner_name)");
    }

    @Test
    void anUnclosedQuoteOrAnotherEncodingIsFatalAndSaysSo() throws Exception {
        Files.writeString(temp.resolve("deals.csv"), "deal_id,owner_name,loss_reason\nD-1,Dev Okafor,\"Budget\nD-2,Dev Okafor,Timing\n");
        assertThatThrownBy(() -> reader.read(temp))
                .isInstanceOf(CorpusException.class)
                .hasMessageStartingWith("deals.csv: not valid CSV (")
                .hasMessageEndingWith("); check for an unclosed quote");

        Files.write(temp.resolve("deals.csv"), "deal_id,owner_name\nD-1,Fran\u00e7ois Petit\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(temp))
                .isInstanceOf(CorpusException.class)
                .hasMessage("deals.csv:2: wrong encoding: byte 0xE7 at offset 27 is not UTF-8; save the file as UTF-8");
    }

    @Test
    void aCallsCsvWithoutTranscriptColumnIsFatal() throws Exception {
        Files.writeString(temp.resolve("deals.csv"), "deal_id,owner_name\nD-1,Dev Okafor\n");
        Files.writeString(temp.resolve("calls.csv"), "call_id,deal_id,file\nC-1,D-1,a.vtt\n");

        assertThatThrownBy(() -> reader.read(temp))
                .isInstanceOf(CorpusException.class)
                .hasMessageStartingWith("calls.csv: no column for required field 'transcript'");
    }

    @Test
    void aSymbolicLinkOutOfTheCorpusIsNotFollowed() throws Exception {
        Path outside = Files.writeString(temp.resolve("secret.vtt"), "WEBVTT\n\n00:00.000 --> 00:01.000\nA: secret\n");
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("deals.csv"), "deal_id,owner_name\nD-1,Dev Okafor\n");
        Files.createDirectories(corpus.resolve("transcripts/D-1"));
        Files.createSymbolicLink(corpus.resolve("transcripts/D-1/linked.vtt"), outside);
        Files.writeString(corpus.resolve("calls.csv"), "call_id,deal_id,transcript\nC-1,D-1,transcripts/D-1/linked.vtt\n");

        Corpus read = reader.read(corpus);

        assertThat(read.calls()).isEmpty();
        assertThat(read.problems()).extracting(IngestProblem::describe)
                .containsExactly("calls.csv:2: call 'C-1': transcript 'transcripts/D-1/linked.vtt' is a link that leads outside the corpus folder");
    }

    private static java.util.List<String> problems(Corpus corpus, String file) {
        return corpus.problems().stream().filter(p -> p.file().equals(file)).map(IngestProblem::describe).toList();
    }
}
