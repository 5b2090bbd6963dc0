package io.candor.batch;

import io.candor.store.CandorStore;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;

/** Opens a finished run's database the way `candor serve` does, to look at what the job stored. */
final class StoreProbe {

    private StoreProbe() {
    }

    static CandorStore open(Path data) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(BatchApplication.defaults(data).get("spring.datasource.url").toString());
        ds.setUser("sa");
        return new CandorStore(ds);
    }
}
