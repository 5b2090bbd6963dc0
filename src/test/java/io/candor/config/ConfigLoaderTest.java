package io.candor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEverySectionOverTheDefaults() throws Exception {
        Files.writeString(dir.resolve("candor.yml"), """
                company: Paperlane
                internal-domains: [Paperlane.io]
                team: [Tyler Brandt, Megan Castillo]
                competitors:
                  - name: Zendara
                    aliases: ["Zendara Capture", "Zen Dara"]
                  - Ledgerly
                deals:
                  columns: { deal_id: "Opp Id", Loss_Reason: "Why We Lost" }
                thresholds:
                  seller-talk-share-max: 0.6
                """);

        CandorConfig c = ConfigLoader.forCorpus(dir);

        assertThat(c.company()).isEqualTo("Paperlane");
        assertThat(c.internalDomains()).containsExactly("paperlane.io");
        assertThat(c.competitors()).extracting(Competitor::name).containsExactly("Zendara", "Ledgerly");
        assertThat(c.competitors().get(0).allNames()).containsExactly("Zendara", "Zendara Capture", "Zen Dara");
        assertThat(c.dealColumns()).containsEntry("deal_id", "Opp Id").containsEntry("loss_reason", "Why We Lost");
        assertThat(c.threshold("seller-talk-share-max")).isEqualTo(0.6);
        assertThat(c.threshold("buyer-speakers-min")).isEqualTo(CandorConfig.defaults().threshold("buyer-speakers-min"));
    }

    @Test
    void aMistypedKeyIsAnErrorThatNamesIt() throws Exception {
        Files.writeString(dir.resolve("candor.yml"), "competitor:\n  - Zendara\n");
        assertThatThrownBy(() -> ConfigLoader.forCorpus(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'competitor'")
                .hasMessageContaining("candor.yml");
    }

    @Test
    void aMistypedThresholdIsAnErrorThatNamesIt() throws Exception {
        Files.writeString(dir.resolve("candor.yml"), "thresholds:\n  seller-talkshare-max: 0.5\n");
        assertThatThrownBy(() -> ConfigLoader.forCorpus(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("thresholds.seller-talkshare-max");
    }

    @Test
    void noFileMeansDefaults() {
        assertThat(ConfigLoader.forCorpus(dir)).isEqualTo(CandorConfig.defaults());
    }
}
