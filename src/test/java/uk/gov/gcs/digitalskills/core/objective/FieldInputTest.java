package uk.gov.gcs.digitalskills.core.objective;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldInputTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1200|1200", "' 1,200 '|1200", "3.5|3.5", "45%|45", "45 %|45", "0|0",
        "-5|-5", "1,234,567.25|1234567.25"})
    void readsNumbersAsPeopleWriteThem(String text, String number) {
        assertThat(FieldInput.number(text)).contains(new BigDecimal(number));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "999|999", "1000|1,000", "42000|42,000", "1234567.25|1,234,567.25",
        "3.50|3.50", "-12000|-12,000"})
    void writesNumbersWithAThousandsSeparator(String number, String written) {
        assertThat(FieldInput.grouped(new BigDecimal(number))).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "lots", "12a", "1,2", "1.2.3", "%", ".5", "twelve", "1 200"})
    void refusesWhatIsNotANumber(String text) {
        assertThat(FieldInput.number(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-03-31", "31/03/2027", "31/3/2027", "31-03-2027", "31.03.2027", "31 March 2027",
        "31 Mar 2027", " 31  March 2027 "})
    void readsDatesDayFirst(String text) {
        assertThat(FieldInput.date(text)).contains(LocalDate.of(2027, 3, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "31/02/2027", "2027-02-30", "03/31/2027", "next March", "2027"})
    void refusesWhatIsNotARealDate(String text) {
        assertThat(FieldInput.date(text)).isEmpty();
    }

    /** What line managers type into the appraisal PDF's date field (DESIGN.md §3.4). */
    @ParameterizedTest
    @ValueSource(strings = {"20/04/2027", "20/4/2027", "20 April 2027", "2027-04-20", "20 Apr 2027", "20 april 2027",
        "20 APR 2027", "20-4-2027", "\t20 April   2027\n"})
    void readsTheDatesManagersType(String text) {
        assertThat(FieldInput.date(text)).contains(LocalDate.of(2027, 4, 20));
    }

    @Test
    void readsSingleDigitDaysAndBothSpellingsOfSeptember() {
        assertThat(FieldInput.date("1/4/2027")).contains(LocalDate.of(2027, 4, 1));
        assertThat(FieldInput.date("5 May 2027")).contains(LocalDate.of(2027, 5, 5));
        assertThat(FieldInput.date("9 Sep 2027")).contains(LocalDate.of(2027, 9, 9));
        assertThat(FieldInput.date("9 Sept 2027")).contains(LocalDate.of(2027, 9, 9));
        assertThat(FieldInput.date("9 September 2027")).contains(LocalDate.of(2027, 9, 9));
        assertThat(FieldInput.date("29/02/2028")).contains(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2027", "29/02/2027", "31 April 2027", "31 Apr 2027", "0/4/2027", "20/13/2027",
        "20 Aprl 2027", "20 Sepember 2027", "April 20 2027", "20/04/27", "2027-4-20", "20 04 2027", "-1/4/2027",
        "20/04/2027 and 21/04/2027"})
    void refusesManagerDatesThatAreNotRealOrNotClear(String text) {
        assertThat(FieldInput.date(text)).isEmpty();
    }

    @Test
    void writesDatesInFull() {
        assertThat(FieldInput.longDate(LocalDate.of(2027, 3, 31))).isEqualTo("31 March 2027");
        assertThat(FieldInput.longDate(LocalDate.of(2026, 6, 1))).isEqualTo("1 June 2026");
    }
}
