package uk.gov.gcs.digitalskills.core.insights;

import java.util.Optional;

/** Whether a result read from a file is new, a duplicate or a conflict, given what is already stored. */
public final class ImportRules {
    /** What to do with a result read successfully. */
    public enum Decision { STORE, DUPLICATE, CONFLICT }

    private ImportRules() {
    }

    /**
     * The same assessment id with the same anonymised content is a duplicate; with different content it is
     * a conflict, and the first one stored wins. A name is never stored, so files that differ only in the
     * name are duplicates.
     */
    public static Decision decide(Optional<String> storedFingerprint, String fingerprint) {
        if (storedFingerprint.isEmpty()) {
            return Decision.STORE;
        }
        return storedFingerprint.get().equals(fingerprint) ? Decision.DUPLICATE : Decision.CONFLICT;
    }
}
