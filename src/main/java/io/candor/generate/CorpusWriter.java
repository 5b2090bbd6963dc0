package io.candor.generate;

import io.candor.config.Competitor;
import io.candor.domain.Deal;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a synthetic corpus folder in the layout of corpus-format.md: deals.csv (in the profile's CRM
 * export flavour), calls.csv, participants.csv, candor.yml and transcripts/&lt;deal&gt;/&lt;call&gt;.&lt;ext&gt;,
 * plus generator-truth.json with each deal's planned causes (for checking the scorer).
 */
public final class CorpusWriter {

    /** Share of calls whose format calls.csv names explicitly instead of "auto". */
    private static final int EXPLICIT_FORMAT_ONE_IN = 5;

    private final CorpusGenerator generator;

    public CorpusWriter(CorpusGenerator generator) {
        this.generator = generator;
    }

    /** Writes deals 0..deals-1; returns how many calls and turns were written. */
    public Summary write(int deals, Path out) throws IOException {
        Files.createDirectories(out.resolve("transcripts"));
        CorpusProfile profile = generator.profile();
        int calls = 0;
        long turns = 0;
        ArrayNode truth = JsonOut.object().arrayNode();
        try (CSVPrinter dealsCsv = csv(out.resolve("deals.csv"), profile.crmStyle().headers());
             CSVPrinter callsCsv = csv(out.resolve("calls.csv"), List.of("call_id", "deal_id", "started_at", "title", "transcript", "format"));
             CSVPrinter peopleCsv = csv(out.resolve("participants.csv"), List.of("call_id", "name", "email", "affiliation", "title"))) {
            for (int i = 0; i < deals; i++) {
                GeneratedDeal deal = generator.deal(i);
                dealsCsv.printRecord(dealRow(deal.deal(), profile.crmStyle()));
                for (GeneratedCall call : deal.calls()) {
                    writeCall(out, call, callsCsv, peopleCsv);
                    calls++;
                    turns += call.call().turns().size();
                }
                ObjectNode t = truth.addObject().put("deal_id", deal.deal().dealId())
                        .put("planned_verdict", deal.plannedAssessment().verdict().name());
                ArrayNode causes = t.putArray("planned_causes");
                deal.plannedAssessment().findings().stream().map(Finding::cause).forEach(c -> causes.add(c.name()));
            }
        }
        Files.writeString(out.resolve("generator-truth.json"), JsonOut.write(truth));
        Files.writeString(out.resolve("candor.yml"), candorYml(profile));
        return new Summary(deals, calls, turns);
    }

    private void writeCall(Path out, GeneratedCall generated, CSVPrinter callsCsv, CSVPrinter peopleCsv) throws IOException {
        var call = generated.call();
        Random random = new Random(generator.profile().seed() ^ call.callId().hashCode());
        TranscriptRenderer renderer = TranscriptFormats.ALL.get(random.nextInt(TranscriptFormats.ALL.size()));
        String relative = "transcripts/" + call.dealId() + "/" + call.callId() + "." + renderer.extension();
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, renderer.render(call, random), StandardCharsets.UTF_8);
        String format = random.nextInt(EXPLICIT_FORMAT_ONE_IN) == 0 ? renderer.format() : "auto";
        callsCsv.printRecord(call.callId(), call.dealId(), call.startedAt(), call.title(), relative, format);
        // ASR formats know speakers only by label, so participants.csv must say who each label is;
        // for the others it is optional and only some corpora have it.
        if (renderer.labelsOnly() || random.nextInt(10) < 6) {
            Map<String, String> names = renderer.speakerNames(call);
            for (Person p : generated.participants()) {
                String name = names.get(p.name());
                if (name != null) {
                    peopleCsv.printRecord(call.callId(), name, p.email(), p.side() == Side.SELLER ? "internal" : "external",
                            p.title() == null ? "" : p.title());
                }
            }
        }
    }

    private static List<String> dealRow(Deal d, CrmExportStyle style) {
        List<String> row = new ArrayList<>(List.of(d.dealId(), d.dealName(), d.account(), d.ownerName(), d.ownerEmail(),
                d.amount().toPlainString(), d.currency(), style.date(d.closeDate()), d.stage(), d.lossReason(),
                d.lossReasonDetail(), d.competitor() == null ? "" : d.competitor()));
        row.add(d.attributes().getOrDefault(style.extraColumn(), ""));
        return row;
    }

    private static String candorYml(CorpusProfile profile) {
        ObjectNode yml = JsonOut.object();
        yml.put("company", profile.company());
        yml.putArray("internal-domains").add(profile.domain());
        ArrayNode team = yml.putArray("team");
        profile.team().forEach(p -> team.add(p.name()));
        ArrayNode competitors = yml.putArray("competitors");
        for (Competitor c : profile.competitors()) {
            ObjectNode node = competitors.addObject().put("name", c.name());
            if (!c.aliases().isEmpty()) {
                ArrayNode aliases = node.putArray("aliases");
                c.aliases().forEach(aliases::add);
            }
        }
        return "# Synthetic corpus written by `candor generate --seed " + profile.seed() + "`.\n"
                + YAMLMapper.builder().build().writeValueAsString(yml);
    }

    private static CSVPrinter csv(Path file, List<String> headers) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get());
    }

    /** What a write produced. */
    public record Summary(int deals, int calls, long turns) {
    }
}
