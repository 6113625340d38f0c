package uk.gov.gcs.digitalskills.core.objective;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of the SMART check: every finding, in form order. A letter passes when it has no finding.
 * {@code stretchTarget} says the target needs a confirmation with a reason (whether or not it has one),
 * so a form can show where to give it.
 */
public record SmartResult(List<Finding> findings, boolean stretchTarget) {
    public SmartResult {
        findings = List.copyOf(findings);
    }

    public boolean passed(SmartLetter letter) {
        return hints(letter).isEmpty();
    }

    public boolean allPassed() {
        return findings.isEmpty();
    }

    /** What to do to pass this letter; empty when it passes. */
    public List<Finding> hints(SmartLetter letter) {
        return findings.stream().filter(f -> f.letter() == letter).toList();
    }

    /** The messages to show by a field (or by the baseline date or the target reason). */
    public List<Finding> forField(String fieldId) {
        return findings.stream().filter(f -> f.fieldId().equals(Optional.of(fieldId))).toList();
    }
}
