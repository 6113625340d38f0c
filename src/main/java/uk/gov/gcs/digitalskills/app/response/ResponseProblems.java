package uk.gov.gcs.digitalskills.app.response;

import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;

/** Which sentence a failure to read a returned PDF gets: one per reason (issue 13), the rest a general one. */
final class ResponseProblems {
    private ResponseProblems() {
    }

    static String keyFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ResponseViewModel.NotOnThisComputer) {
                return "response.error.notOnThisComputer";
            }
            if (t instanceof ManagerResponseReader.UnreadableException unreadable) {
                return switch (unreadable.failure()) {
                    case NOT_AN_APPRAISAL -> "response.error.notAppraisal";
                    case UNKNOWN_ASSESSMENT -> "response.error.notOnThisComputer";
                    case EMPTY -> "response.error.empty";
                    case FLATTENED -> "response.error.flattened";
                    case ENCRYPTED -> "response.error.encrypted";
                    case DAMAGED -> "response.error.unreadable";
                };
            }
        }
        return "response.error.unreadable";
    }
}
