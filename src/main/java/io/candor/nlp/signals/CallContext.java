package io.candor.nlp.signals;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import java.time.LocalDate;

/**
 * What every detector may know about the call besides the turn it looks at. Built once per call.
 *
 * @param callDate the date relative dates are resolved against; null where the call has no start time
 */
public record CallContext(Deal deal, Call call, CandorConfig config, LocalDate callDate,
                          CompetitorMatcher competitors, PeopleDirectory people, StatementGuard guard, CompiledLexicons lexicons) {

    public PhraseMatcher lexicon(String key) {
        return lexicons.get(key);
    }
}
