package uk.gov.gcs.digitalskills.io.insights;

import uk.gov.gcs.digitalskills.core.insights.AnonymisedResult;
import uk.gov.gcs.digitalskills.core.insights.Layout;
import uk.gov.gcs.digitalskills.core.insights.RejectionReason;

/** What reading one file for import gave: an anonymised, rescored result, or one reason to reject it. */
public sealed interface FileReading permits FileReading.Read, FileReading.Rejected {

    /** {@code scoresRecomputed}: the file carried scores that differ from the ones recomputed. */
    record Read(AnonymisedResult result, Layout layout, boolean scoresRecomputed) implements FileReading {
    }

    record Rejected(RejectionReason reason, String detail) implements FileReading {
    }
}
