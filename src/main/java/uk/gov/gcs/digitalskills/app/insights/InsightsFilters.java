package uk.gov.gcs.digitalskills.app.insights;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.insights.Grouping;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;

/** The filters as typed (grouping, minimum group size, period) and the query they describe, once they are valid. */
public final class InsightsFilters {
    private final Messages messages;
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.NONE);
    private final IntegerProperty minGroupSize = new SimpleIntegerProperty(InsightsQuery.DEFAULT_MIN_GROUP_SIZE);
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    /** The questionnaire version of the view; null for the newest imported. */
    private final ObjectProperty<String> version = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public InsightsFilters(Messages messages) {
        this.messages = messages;
    }

    /** The query the filters describe, or empty with {@link #errorProperty()} saying what to fix. */
    public Optional<InsightsQuery> query() {
        Optional<YearMonth> fromMonth;
        Optional<YearMonth> toMonth;
        try {
            fromMonth = month(from.get());
            toMonth = month(to.get());
        } catch (DateTimeParseException e) {
            error.set(messages.get("insights.filters.badMonth"));
            return Optional.empty();
        }
        if (minGroupSize.get() < InsightsQuery.SMALLEST_MIN_GROUP_SIZE) {
            error.set(messages.get("insights.filters.badMinimum", InsightsQuery.SMALLEST_MIN_GROUP_SIZE));
            return Optional.empty();
        }
        if (fromMonth.isPresent() && toMonth.isPresent() && fromMonth.get().isAfter(toMonth.get())) {
            error.set(messages.get("insights.filters.badPeriod"));
            return Optional.empty();
        }
        error.set("");
        return Optional.of(new InsightsQuery(grouping.get(), minGroupSize.get(), fromMonth, toMonth,
                Optional.ofNullable(version.get())));
    }

    private static Optional<YearMonth> month(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(YearMonth.parse(text.strip()));
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public IntegerProperty minGroupSizeProperty() {
        return minGroupSize;
    }

    /** The first month, as yyyy-mm; empty for no limit. */
    public StringProperty fromProperty() {
        return from;
    }

    /** The last month, as yyyy-mm; empty for no limit. */
    public StringProperty toProperty() {
        return to;
    }

    /** The questionnaire version to show; null (the default) for the newest imported. */
    public ObjectProperty<String> versionProperty() {
        return version;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
