package uk.gov.gcs.digitalskills.app.response;

/**
 * The fallback sentence for a returned PDF that could not be used. The reader's own reasons (not an appraisal
 * PDF, empty, flattened, password, damaged) are worded by {@code ErrorPresenter}; the one this screen finds
 * itself, an assessment not among the completed ones here, uses the same sentence as the reader's.
 */
final class ResponseProblems {
    private ResponseProblems() {
    }

    static String keyFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ResponseViewModel.NotOnThisComputer) {
                return "error.response.unknownAssessment";
            }
        }
        return "response.error.unreadable";
    }
}
