package uk.gov.gcs.digitalskills.core.insights;

import java.util.List;

/** The view asked for a questionnaire version no imported result uses. */
public final class UnknownVersionException extends IllegalArgumentException {
    private final String version;
    private final List<String> available;

    public UnknownVersionException(String version, List<String> available) {
        super("no imported results use questionnaire version " + version + "; imported: "
                + (available.isEmpty() ? "none" : String.join(", ", available)));
        this.version = version;
        this.available = List.copyOf(available);
    }

    public String version() {
        return version;
    }

    /** The versions that are imported, newest first. */
    public List<String> available() {
        return available;
    }
}
