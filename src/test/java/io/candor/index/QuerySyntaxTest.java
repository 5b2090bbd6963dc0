package io.candor.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuerySyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pricing AND                | malformed query 'pricing AND': it ends too early after 'AND' (a dangling AND/OR/NOT, field name or '+'/'-'?)
            "not a priority            | malformed query '"not a priority': the quote at column 1 is never closed
            (budget OR price           | malformed query '(budget OR price': the '(' at column 1 is never closed
            budget) OR price           | malformed query 'budget) OR price': ')' at column 7 has no matching '('
            AND pricing                | malformed query 'AND pricing': unexpected 'AND' at column 1 (AND/OR need a term on both sides)
            speker:tasha               | malformed query 'speker:tasha': unknown field 'speker'; known fields: account, amount, business_case, call, cause, compelling_event, competitor, date, deal, detractor, external_cause, lost_to, next_step, next_step_date, person, question, reason, rep, side, signal, speaker, start_ms, text, topic, turn, turn_id, verdict
            start_ms:soon              | malformed query 'start_ms:soon': start_ms takes a number, got 'soon'
            amount:5000*               | malformed query 'amount:5000*': 'amount:5000*': amount is a number; use a value or a range like amount:[1 TO 100]
            side:                      | malformed query 'side:': it ends with a field name and no value after the colon
            price ] budget             | malformed query 'price ] budget': unexpected ']' at column 7 (put it in quotes or escape it with \\ to search for it literally)
            *ricing                    | malformed query '*ricing': '*' or '?' not allowed as first character in WildcardQuery
            """)
    void malformedQueryGetsOneLineSayingWhatIsWrong(String query, String message) {
        assertThatThrownBy(() -> TurnQueryParser.parse(query, TurnAnalyzers.perField()))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void validQueriesParse() throws Exception {
        var analyzer = TurnAnalyzers.perField();
        assertThat(TurnQueryParser.parse("\"budget frozen\"~3", analyzer).toString()).isEqualTo("text:\"budget frozen\"~3");
        assertThat(TurnQueryParser.parse("cause:NO_URGENCY", analyzer).toString()).isEqualTo("cause:no_urgency");
        assertThat(TurnQueryParser.parse("deal:D-1001", analyzer).toString()).isEqualTo("deal:D-1001");
        assertThat(TurnQueryParser.parse("rep:\"Tyler Brandt\"", analyzer).toString()).isEqualTo("rep:tyler brandt");
        assertThat(TurnQueryParser.parse("pricing", analyzer).toString()).isEqualTo("text:price");
        assertThat(TurnQueryParser.parse("\"say \\\"no\\\"\"", analyzer).toString()).isEqualTo("text:\"sai no\"");
        assertThat(TurnQueryParser.parse("amount:[10000 TO *]", analyzer).toString()).startsWith("amount:[10000.0 TO ");
    }
}
