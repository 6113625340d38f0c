package uk.gov.gcs.digitalskills.app.response;

import java.nio.file.Path;
import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;

/** Reads a returned appraisal PDF's manager fields; the app gives io/pdf's {@link ManagerResponseReader}. */
@FunctionalInterface
public interface ResponseReader {
    /** Slow (reads a file): call it off the FX thread. A failure carries its reason. */
    ManagerResponseReader.Returned read(Path pdf) throws Exception;
}
