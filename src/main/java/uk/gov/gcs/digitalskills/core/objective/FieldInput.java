package uk.gov.gcs.digitalskills.core.objective;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads what people type into number, percent and date fields, forgivingly but never by guessing. */
public final class FieldInput {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    /**
     * Day first, as in the UK; ISO as saved in files; and "31 March 2027" or "31 Mar 2027" as written in
     * sentences, in any case. Month names are spelt out here rather than taken from the JDK's locale data,
     * which abbreviates September as "Sept" in en-GB, so that "Sep" and "Sept" both work on every JDK.
     */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            formatter("d/M/uuuu"), formatter("d-M-uuuu"), formatter("d.M.uuuu"),
            named(false), named(true));
    private static final Pattern SEPT = Pattern.compile("(?i)\\bsept\\b");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private FieldInput() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    /** "20 April 2027" (full month names) or "20 Apr 2027" (three letters), ignoring case. */
    private static DateTimeFormatter named(boolean abbreviated) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (int m = 0; m < 12; m++) {
            names.put((long) m + 1, abbreviated ? MONTHS.get(m).substring(0, 3) : MONTHS.get(m));
        }
        return new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendValue(java.time.temporal.ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NEVER)
                .appendLiteral(' ')
                .appendText(java.time.temporal.ChronoField.MONTH_OF_YEAR, names)
                .appendLiteral(' ')
                .appendValue(java.time.temporal.ChronoField.YEAR, 4)
                .toFormatter(Locale.UK)
                .withChronology(java.time.chrono.IsoChronology.INSTANCE)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** A number such as 1200, 1,200, 3.5 or (in a percent field) 45%; empty if the text is not one. */
    public static Optional<BigDecimal> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.strip();
        if (plain.endsWith("%")) {
            plain = plain.substring(0, plain.length() - 1).strip();
        }
        if (!NUMBER.matcher(plain).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain.replace(",", "").replace("+", "")));
    }

    /**
     * A date such as 2027-03-31, 31/03/2027, 31 March 2027 or 31 Mar 2027, as people type them into a form
     * (objective fields, and the line manager's date in the appraisal PDF); empty if the text is not a real
     * date (31/02/2027 is not).
     */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = SEPT.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll("Sep");
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(plain, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /**
     * A number as a sentence writes it: thousands separated by commas, as GOV.UK style and en-GB write them
     * ("42,000"), with exactly the decimals it has ("3.50" stays "3.50").
     */
    public static String grouped(BigDecimal number) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Locale.UK);
        int decimals = Math.max(0, number.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setGroupingUsed(true);
        format.setGroupingSize(3);
        return format.format(number);
    }

    /** A date as the objective sentence writes it: "31 March 2027". */
    public static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
