package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DealValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            84000          | 84000
            84,000.00      | 84000.00
            $84,000        | 84000
            USD 84,000.50  | 84000.50
            € 12.500,75    | 12500.75
            1,234          | 1234
            12,5           | 12.5
            1.234.567      | 1234567
            (1,200)        | -1200
            CHF 1'250'000  | 1250000
            """)
    void amountsAsCrmsWriteThem(String raw, String expected) {
        assertThat(DealValues.amount(raw)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource({"twenty grand", "TBD", "$", "12-5"})
    void notAnAmount(String raw) {
        assertThatThrownBy(() -> DealValues.amount(raw)).hasMessage("amount '" + raw + "' is not a number (e.g. 84000 or 84,000.00)");
    }

    @ParameterizedTest
    @CsvSource({"2026-09-12, 2026-09-12", "9/12/2026, 2026-09-12", "09/02/2026, 2026-09-02", "2026-09-12T00:00:00Z, 2026-09-12",
            "'9/12/2026 12:00 AM', 2026-09-12"})
    void datesIsoOrUs(String raw, LocalDate expected) {
        assertThat(DealValues.date(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"12/9/26", "2026-13-01", "13/1/2026", "Sept 12"})
    void notADate(String raw) {
        assertThatThrownBy(() -> DealValues.date(raw)).hasMessage("close_date '" + raw + "' is not a date (yyyy-MM-dd or M/d/yyyy)");
    }

    @ParameterizedTest
    @CsvSource({"Closed Lost, true", "closedlost, true", "Closed - Lost, true", "LOST, true", "Closed Won, false",
            "Negotiation/Review, false", "appointmentscheduled, false"})
    void closedLostStages(String stage, boolean lost) {
        assertThat(DealValues.isClosedLost(stage)).isEqualTo(lost);
    }
}
