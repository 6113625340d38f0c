package uk.gov.gcs.digitalskills.core.objective;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the objective sentence from a template's pattern and a draft: dates as "31 March 2027", a missing
 * baseline as the words the caller gives (for "no baseline yet"), and each empty field as the caller wants
 * it shown (a preview shows "[Audience]").
 */
public final class ObjectiveText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}(%?)");
    /** A comma between digits that groups thousands, as in 42,000. */
    private static final Pattern GROUPING_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");

    private ObjectiveText() {
    }

    /**
     * @param noBaseline words for the baseline when there is none yet, given the date it will be measured by
     *                   (that date may be empty if not given yet)
     * @param empty      what to write for an empty field
     */
    public static String compose(ObjectiveTemplate template, ObjectiveDraft draft,
                                 Function<Optional<LocalDate>, String> noBaseline,
                                 Function<TemplateField, String> empty) {
        Matcher m = PLACEHOLDER.matcher(template.pattern());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group(1);
            boolean percentSign = !m.group(2).isEmpty();
            Optional<TemplateField> field = template.field(id);
            String text;
            if (field.isEmpty()) {
                text = m.group(0);
            } else if (id.equals(ObjectiveFields.BASELINE) && draft.noBaselineYet()) {
                text = noBaseline.apply(FieldInput.date(draft.measureBaselineBy()));
                percentSign = false;
            } else {
                String value = draft.value(id).strip();
                if (value.isEmpty()) {
                    text = empty.apply(field.get());
                } else if (field.get().kind() == FieldKind.DATE) {
                    text = FieldInput.date(value).map(FieldInput::longDate).orElse(value);
                } else if (field.get().kind() == FieldKind.NUMBER || field.get().kind() == FieldKind.PERCENT) {
                    text = number(value, percentSign);
                } else {
                    text = value;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text + (percentSign ? "%" : "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A number or percent field as the sentence prints it: with a thousands separator as GOV.UK style asks
     * ("42,000", "1,250.5"), keeping the decimals typed. A typed "%" is dropped when the pattern supplies one
     * and kept otherwise. Text that is not a number is printed as typed, so nothing a person wrote is lost.
     */
    private static String number(String value, boolean patternHasPercentSign) {
        boolean typedPercent = value.endsWith("%");
        String body = typedPercent ? value.substring(0, value.length() - 1).strip() : value;
        String suffix = typedPercent && !patternHasPercentSign ? "%" : "";
        return FieldInput.number(body).map(FieldInput::grouped).map(n -> n + suffix)
                .orElse(patternHasPercentSign ? body : value);
    }

    /**
     * Whether a saved sentence is the one the fields make, allowing for the thousands separators this class
     * has printed since toolkit 2027.1: a sentence saved earlier as "from 1500 to 2500" is still the composed
     * "from 1,500 to 2,500", not one the person rewrote.
     */
    public static boolean sameSentence(String saved, String composed) {
        return withoutGrouping(saved).equals(withoutGrouping(composed));
    }

    private static String withoutGrouping(String text) {
        return GROUPING_COMMA.matcher(text).replaceAll("");
    }

    /** The sentence with every field filled from the template's examples, except the deadline given. */
    public static String example(ObjectiveTemplate template, LocalDate deadline) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        template.fields().forEach(f -> values.put(f.id(), f.example()));
        template.fields().stream().filter(f -> f.id().equals(ObjectiveFields.DEADLINE))
                .forEach(f -> values.put(f.id(), deadline.toString()));
        return compose(template, ObjectiveDraft.of(values), d -> "", f -> "{" + f.id() + "}");
    }
}
