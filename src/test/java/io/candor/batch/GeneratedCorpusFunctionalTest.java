package io.candor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.cli.CandorCli;
import io.candor.cli.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the generator writes (all nine formats, varied CRM headers) goes through the job without a problem. */
class GeneratedCorpusFunctionalTest {

    @TempDir
    Path tmp;

    @Test
    void aGeneratedCorpusRunsCleanly() {
        Path corpus = tmp.resolve("corpus");
        assertThat(CandorCli.execute("generate", "--deals", "9", "--seed", "11", "--out", corpus.toString())).isZero();

        assertThat(CandorCli.execute("run", "--corpus", corpus.toString(), "--out", tmp.resolve("out").toString(),
                "--data", tmp.resolve("data").toString())).isEqualTo(ExitCodes.OK);

        var store = StoreProbe.open(tmp.resolve("data"));
        assertThat(store.dealIds()).hasSize(9);
        assertThat(store.problems(io.candor.store.CandorStore.PROBLEM)).isEmpty();
        assertThat(store.pendingCallIds()).isEmpty();
    }
}
