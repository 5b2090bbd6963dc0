package io.candor.generate;

import io.candor.config.Competitor;
import java.time.LocalDate;
import java.util.List;

/**
 * What is common to every deal of one synthetic corpus: the seller company, its team, the
 * competitors (with the aliases buyers use), the CRM export flavour and when the calls start.
 */
record CorpusProfile(long seed, String company, String domain, List<Person> team, List<Competitor> competitors,
                     CrmExportStyle crmStyle, LocalDate firstCallDate) {

    CorpusProfile {
        team = List.copyOf(team);
        competitors = List.copyOf(competitors);
    }
}
