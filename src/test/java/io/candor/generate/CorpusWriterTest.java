package io.candor.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.config.CandorConfig;
import io.candor.config.ConfigLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CorpusWriterTest {

    private static final int DEALS = 60;

    @TempDir
    Path out;

    @Test
    void sameSeedWritesIdenticalFiles(@TempDir Path again) throws Exception {
        new CorpusWriter(new CorpusGenerator(5)).write(20, out);
        new CorpusWriter(new CorpusGenerator(5)).write(20, again);
        assertThat(digests(again)).isEqualTo(digests(out));
    }

    @Test
    void writesTheCorpusLayoutWithEveryTranscriptFormat() throws Exception {
        var summary = new CorpusWriter(new CorpusGenerator(3)).write(DEALS, out);
        assertThat(out.resolve("deals.csv")).isRegularFile();
        assertThat(out.resolve("candor.yml")).isRegularFile();
        List<CSVRecord> deals = read(out.resolve("deals.csv"));
        assertThat(deals).hasSize(DEALS);
        List<CSVRecord> calls = read(out.resolve("calls.csv"));
        assertThat(calls).hasSize(summary.calls());
        assertThat(calls).allSatisfy(c -> assertThat(out.resolve(c.get("transcript"))).isRegularFile());
        Set<String> dealIds = deals.stream().map(r -> r.get(0)).collect(Collectors.toSet());
        assertThat(calls).allMatch(c -> dealIds.contains(c.get("deal_id")));

        Set<String> formats = calls.stream().map(c -> detect(out.resolve(c.get("transcript")))).collect(Collectors.toSet());
        assertThat(formats).containsExactlyInAnyOrder("vtt", "srt", "text", "gong-json", "assemblyai-json", "deepgram-json",
                "whisperx-json", "aws-transcribe-json", "candor-json");
        assertThat(calls).filteredOn(c -> !c.get("format").equals("auto"))
                .allMatch(c -> c.get("format").equals(detect(out.resolve(c.get("transcript")))));
    }

    @Test
    void diarizationLabelsAreAllMappedToPeopleInParticipantsCsv() throws Exception {
        new CorpusWriter(new CorpusGenerator(3)).write(DEALS, out);
        Map<String, Set<String>> namesByCall = read(out.resolve("participants.csv")).stream()
                .collect(Collectors.groupingBy(r -> r.get("call_id"), Collectors.mapping(r -> r.get("name"), Collectors.toSet())));
        int checked = 0;
        for (CSVRecord call : read(out.resolve("calls.csv"))) {
            Path file = out.resolve(call.get("transcript"));
            if (detect(file).equals("whisperx-json")) {
                JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
                Set<String> labels = json.get("segments").valueStream().map(s -> s.get("speaker").asString()).collect(Collectors.toSet());
                assertThat(namesByCall.get(call.get("call_id"))).containsAll(labels);
                checked++;
            }
        }
        assertThat(checked).isPositive();
        assertThat(read(out.resolve("participants.csv")))
                .allMatch(r -> Set.of("internal", "external").contains(r.get("affiliation")) && r.get("email").contains("@"));
    }

    @Test
    void candorYmlLoadsAndNamesTheSellerAndCompetitors() throws Exception {
        new CorpusWriter(new CorpusGenerator(3)).write(5, out);
        CandorConfig config = ConfigLoader.forCorpus(out);
        assertThat(config.company()).isNotBlank();
        assertThat(config.internalDomains()).singleElement().asString().endsWith(".io");
        assertThat(config.competitors()).extracting(c -> c.name()).contains("Zendara", "Quillstone");
        assertThat(config.team()).hasSizeGreaterThan(5);
        List<CSVRecord> deals = read(out.resolve("deals.csv"));
        assertThat(deals).allMatch(d -> config.team().contains(d.get(3)));
    }

    @Test
    void crmExportFlavourVariesWithTheSeed() {
        Set<CrmExportStyle> styles = Stream.iterate(1L, s -> s + 1).limit(30)
                .map(s -> new CorpusGenerator(s).profile().crmStyle()).collect(Collectors.toSet());
        assertThat(styles).containsExactlyInAnyOrder(CrmExportStyle.values());
    }

    /** What ingest detects the file as, from its content alone: the generator must write what Candor reads. */
    private static String detect(Path file) {
        try {
            return io.candor.ingest.TranscriptFormats.detect(Files.readString(file)).map(f -> f.name()).orElse("unknown");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(f).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return digests;
    }
}
