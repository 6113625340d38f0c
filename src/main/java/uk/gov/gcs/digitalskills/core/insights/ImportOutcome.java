package uk.gov.gcs.digitalskills.core.insights;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What happened to one file in an import: stored, a duplicate of a stored result, a conflict with one
 * (same assessment id, different content: the first is kept), or rejected for one reason.
 */
public sealed interface ImportOutcome
        permits ImportOutcome.Imported, ImportOutcome.Duplicate, ImportOutcome.Conflict, ImportOutcome.Rejected {

    /** The file as the user named or found it. */
    String file();

    /** Stored. {@code notes} are things the user should know, such as scores that were recomputed. */
    record Imported(String file, UUID assessmentId, List<String> notes) implements ImportOutcome {
        public Imported {
            Objects.requireNonNull(file);
            Objects.requireNonNull(assessmentId);
            notes = List.copyOf(notes);
        }
    }

    /** The same assessment, with the same content, is already stored (or appeared earlier in this import). */
    record Duplicate(String file, UUID assessmentId) implements ImportOutcome {
    }

    /** An assessment with this id is already stored with different content; the stored one is kept. */
    record Conflict(String file, UUID assessmentId) implements ImportOutcome {
    }

    /** Not imported, for one reason; {@code detail} is a plain sentence. */
    record Rejected(String file, RejectionReason reason, String detail) implements ImportOutcome {
        public Rejected {
            Objects.requireNonNull(file);
            Objects.requireNonNull(reason);
            Objects.requireNonNull(detail);
        }
    }

    String SCORES_RECOMPUTED = "scores did not match and were recomputed";

    /**
     * A result already imported came again with news of its objective (the manager's agreement, the year-end
     * status): only those facts were updated. The answers are the same, so it is not a conflict.
     */
    String OBJECTIVE_UPDATED = "already imported; its objective progress was updated";
}
