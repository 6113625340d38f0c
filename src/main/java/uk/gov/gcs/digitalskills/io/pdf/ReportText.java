package uk.gov.gcs.digitalskills.io.pdf;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The wording of a PDF, from {@code report.properties} (or another bundle) beside this class (en-GB). */
final class ReportText {
    static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

    private final ResourceBundle bundle;

    /** The appraisal report's wording. */
    ReportText() {
        this("report");
    }

    /** @param name the bundle beside this class, such as {@code team-report} for the team report */
    ReportText(String name) {
        this.bundle = ResourceBundle.getBundle("uk.gov.gcs.digitalskills.io.pdf." + name, LOCALE);
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), LOCALE).format(args);
    }

    /** A percent exactly as {@code score} prints it, such as 58.3 or 100.0. */
    static String percent(BigDecimal percent) {
        return percent.toPlainString();
    }

    /** A date as GOV.UK writes it: 31 March 2027. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
