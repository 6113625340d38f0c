package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled open-licence fonts, parsed once per JVM; each document embeds a subset of them. */
final class ReportFonts {
    static final FontProgram REGULAR = load("DSASans-Regular.ttf");
    static final FontProgram BOLD = load("DSASans-Bold.ttf");

    private ReportFonts() {
    }

    private static FontProgram load(String name) {
        try (InputStream in = ReportFonts.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from this build");
            }
            return FontProgramFactory.createFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
