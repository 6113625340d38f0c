package uk.gov.gcs.digitalskills.app.common;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/** How numbers and dates read on screen: "62.5%", "21 November 2026 at 7:40pm". */
public final class Formats {
    private final Messages messages;
    private final Supplier<ZoneId> zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    public Formats(Messages messages, ZoneId zone) {
        this(messages, () -> zone);
    }

    /** In the clock's zone, asked for only when a date is first shown (the window's clock looks it up late). */
    public Formats(Messages messages, Clock clock) {
        this(messages, clock::getZone);
    }

    private Formats(Messages messages, Supplier<ZoneId> zone) {
        this.messages = messages;
        this.zone = zone;
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", messages.locale());
        this.time = DateTimeFormatter.ofPattern("h:mma", messages.locale());
    }

    /** The percent exactly as the scorer rounded it (one decimal), with a percent sign. */
    public String percent(BigDecimal percent) {
        return messages.get("common.percent", percent.toPlainString());
    }

    public String date(OffsetDateTime at) {
        return date.format(at.atZoneSameInstant(zone.get()));
    }

    public String dateAndTime(OffsetDateTime at) {
        return messages.get("common.dateAndTime", date(at), time.format(at.atZoneSameInstant(zone.get())).toLowerCase(messages.locale()));
    }
}
