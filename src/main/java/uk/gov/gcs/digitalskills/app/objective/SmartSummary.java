package uk.gov.gcs.digitalskills.app.objective;

import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.BASELINE;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.DEADLINE;
import static uk.gov.gcs.digitalskills.core.objective.ObjectiveFields.TARGET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.objective.CheckCode;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;
import uk.gov.gcs.digitalskills.core.objective.Finding;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveFields;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.SmartLetter;
import uk.gov.gcs.digitalskills.core.objective.SmartResult;
import uk.gov.gcs.digitalskills.core.objective.TemplateField;

/**
 * The SMART check as shown: one row a letter (pass or "needs work" in words, and what to do), and the error
 * summary after a save attempt. Also words every finding, naming the field by its label.
 */
final class SmartSummary {
    private static final Set<String> WELL_KNOWN = Set.of(ObjectiveFields.ACTION, ObjectiveFields.CHANNEL,
            ObjectiveFields.AUDIENCE, ObjectiveFields.METRIC, BASELINE, TARGET, DEADLINE, ObjectiveFields.EVIDENCE,
            ObjectiveFields.OBJECTIVE);

    private final Messages messages;
    private final List<SmartRow> rows = new ArrayList<>();
    private final ReadOnlyBooleanWrapper smart = new ReadOnlyBooleanWrapper(this, "smart", false);
    private final ObservableList<ErrorItem> errors = FXCollections.observableArrayList();
    private final ObservableList<ErrorItem> errorsView = FXCollections.unmodifiableObservableList(errors);
    private SmartResult last = new SmartResult(List.of(), false);

    SmartSummary(Messages messages) {
        this.messages = messages;
        for (SmartLetter letter : SmartLetter.values()) {
            rows.add(new SmartRow(letter, messages.get("objective.smart." + letter.name())));
        }
    }

    /** Shows a fresh check; the error summary, once shown, follows it until everything passes. */
    void show(SmartResult result, ObjectiveTemplate t, String targetReason) {
        last = result;
        for (SmartRow row : rows) {
            update(row, t, targetReason);
        }
        smart.set(result.allPassed());
        if (!errors.isEmpty()) {
            listErrors(t);
        }
    }

    /** No template: nothing can be SMART yet. */
    void noTemplate() {
        smart.set(false);
    }

    SmartResult last() {
        return last;
    }

    /** Fills the error summary with what the last check found, or empties it when everything passes. */
    void listErrors(ObjectiveTemplate t) {
        if (last.allPassed()) {
            errors.clear();
            return;
        }
        List<ErrorItem> items = new ArrayList<>();
        for (Finding finding : last.findings()) {
            ErrorItem item = new ErrorItem(finding.fieldId(), text(finding, t));
            if (!items.contains(item)) {
                items.add(item);
            }
        }
        errors.setAll(items);
    }

    void mustChooseTemplate() {
        errors.setAll(new ErrorItem(Optional.empty(), messages.get("objective.errors.noTemplate")));
    }

    void clearErrors() {
        errors.clear();
    }

    private void update(SmartRow row, ObjectiveTemplate t, String targetReason) {
        List<Finding> hints = last.hints(row.letter());
        boolean pass = hints.isEmpty();
        String detail;
        if (!pass) {
            detail = hints.stream().map(f -> text(f, t)).distinct().collect(Collectors.joining("\n"));
        } else if (row.letter() == SmartLetter.ACHIEVABLE && last.stretchTarget()) {
            detail = messages.get("objective.smart.confirmed", targetReason.strip());
        } else {
            detail = messages.get("objective.smart.pass." + row.letter().name());
        }
        String status = messages.get(pass ? "objective.smart.pass" : "objective.smart.fail");
        row.update(pass, status, detail,
                messages.get("objective.smart.accessible", row.name(), status, detail.replace("\n", ". ")));
    }

    /** The findings about one field, one a line. */
    String text(List<Finding> findings, ObjectiveTemplate t) {
        return findings.stream().map(f -> text(f, t)).collect(Collectors.joining("\n"));
    }

    /** The sentence for one finding: what is wrong and what to do, naming the field by its label. */
    String text(Finding finding, ObjectiveTemplate t) {
        String fieldId = finding.fieldId().orElse("");
        String label = t.field(fieldId).map(TemplateField::label).orElse("");
        String key = "objective.check." + finding.code().name();
        if (finding.code() == CheckCode.EMPTY && WELL_KNOWN.contains(fieldId)) {
            key = key + "." + fieldId;
        }
        List<Object> args = new ArrayList<>();
        args.add(label);
        for (Object arg : finding.args()) {
            if (arg instanceof LocalDate date) {
                args.add(FieldInput.longDate(date));
            } else if (arg instanceof BigDecimal number) {
                args.add(number.stripTrailingZeros().toPlainString());
            } else {
                args.add(String.valueOf(arg));
            }
        }
        return messages.get(key, args.toArray());
    }

    List<SmartRow> rows() {
        return List.copyOf(rows);
    }

    SmartRow row(SmartLetter letter) {
        return rows.get(letter.ordinal());
    }

    ReadOnlyBooleanProperty smartProperty() {
        return smart.getReadOnlyProperty();
    }

    ObservableList<ErrorItem> errors() {
        return errorsView;
    }
}
