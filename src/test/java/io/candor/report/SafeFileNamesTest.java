package io.candor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.candor.domain.Assessment;
import io.candor.domain.Verdict;
import io.candor.scoring.DealBuilder;
import io.candor.scoring.DealEvidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileNamesTest {

    @TempDir
    Path out;

    @Test
    void safeIdsAreKeptAndUnsafeOnesAreReducedWithAHash() {
        assertThat(SafeFileNames.forId("D-1001")).isEqualTo("D-1001");
        assertThat(SafeFileNames.forId("0065g00000XyZ12AAB")).isEqualTo("0065g00000XyZ12AAB");
        assertThat(SafeFileNames.forId("../../etc/passwd")).matches("etc_passwd-[0-9a-f]{8}");
        assertThat(SafeFileNames.forId("OPP/2024/001")).matches("OPP_2024_001-[0-9a-f]{8}");
        assertThat(SafeFileNames.forId(".hidden")).matches("hidden-[0-9a-f]{8}");
        assertThat(SafeFileNames.forId("OPP/2024/001")).isNotEqualTo(SafeFileNames.forId("OPP_2024_001"));
        assertThatThrownBy(() -> SafeFileNames.forId(" ")).hasMessageContaining("must not be empty");
    }

    @Test
    void repSlugsAreLowerCaseWords() {
        assertThat(SafeFileNames.slug("Lauren Whitfield")).isEqualTo("lauren-whitfield");
        assertThat(SafeFileNames.slug("José Núñez-O'Brien")).isEqualTo("jose-nunez-o-brien");
        assertThat(SafeFileNames.slug("../..")).matches("rep-[0-9a-f]{8}");
    }

    @Test
    void aNameThatWouldLeaveTheFolderIsRefused() {
        assertThatThrownBy(() -> SafeFileNames.inside(out, "../x.html")).hasMessageContaining("would leave");
    }

    @Test
    void aDealWithAPathInItsIdIsWrittenInsideTheDealsFolder() throws Exception {
        DealEvidence evidence = DealBuilder.deal("../../outside", "Tyler Brandt", "Budget").build();
        Assessment a = new Assessment("../../outside", Verdict.INSUFFICIENT_EVIDENCE, 0, List.of(),
                new Assessment.ReasonCheck("budget", "CANNOT_JUDGE", "no transcript"));

        ReportWriter.writeAll(out, List.of(new DealReportInput(evidence, a)), SampleRun.RUN, List.of(), null);

        try (Stream<Path> files = Files.list(out.resolve("deals"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(3).allMatch(n -> n.matches("outside-[0-9a-f]{8}\\.(json|md|html)"));
        }
        assertThat(out.getParent().resolve("outside.html")).doesNotExist();
    }
}
