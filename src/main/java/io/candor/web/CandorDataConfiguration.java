package io.candor.web;

import io.candor.store.DataFolder;
import io.candor.index.TurnSearcher;
import io.candor.store.CandorStore;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the pages read: the nightly job's tables through {@link CandorStore}, and its index through
 * one long-lived {@link TurnSearcher} (it picks up each new commit of a running job by itself).
 */
@Configuration
class CandorDataConfiguration {

    @Bean
    CandorStore candorStore(DataSource dataSource) {
        CandorStore store = new CandorStore(dataSource);
        requireTables(store);
        return store;
    }

    /** Closed with the context, which releases the index files. */
    @Bean(destroyMethod = "close")
    TurnSearcher turnSearcher(@Value("${candor.data}") Path data) {
        return TurnSearcher.open(DataFolder.index(data));
    }

    /** Fails the start, rather than every page, when the folder holds no analysed data. */
    private static void requireTables(CandorStore store) {
        try {
            store.dealIds();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the database has no Candor tables (" + e.getClass().getSimpleName()
                    + "); run `./candor run` on a corpus first, with the same --data folder", e);
        }
    }
}
