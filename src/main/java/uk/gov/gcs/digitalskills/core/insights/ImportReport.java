package uk.gov.gcs.digitalskills.core.insights;

import java.util.List;

/** Every file's outcome, in the order the files were read, and whether the user cancelled part-way. */
public record ImportReport(List<ImportOutcome> outcomes, int filesFound, boolean cancelled) {
    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<ImportOutcome.Imported> imported() {
        return of(ImportOutcome.Imported.class);
    }

    public List<ImportOutcome.Duplicate> duplicates() {
        return of(ImportOutcome.Duplicate.class);
    }

    public List<ImportOutcome.Conflict> conflicts() {
        return of(ImportOutcome.Conflict.class);
    }

    public List<ImportOutcome.Rejected> rejected() {
        return of(ImportOutcome.Rejected.class);
    }

    /** Imported files whose stored scores differed from the recomputed ones. */
    public List<ImportOutcome.Imported> recomputed() {
        return imported().stream().filter(i -> i.notes().contains(ImportOutcome.SCORES_RECOMPUTED)).toList();
    }

    /** Results already imported whose objective facts this import updated. */
    public List<ImportOutcome.Imported> objectivesUpdated() {
        return imported().stream().filter(i -> i.notes().contains(ImportOutcome.OBJECTIVE_UPDATED)).toList();
    }

    private <T extends ImportOutcome> List<T> of(Class<T> type) {
        return outcomes.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
