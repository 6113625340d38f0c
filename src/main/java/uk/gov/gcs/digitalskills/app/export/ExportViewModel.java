package uk.gov.gcs.digitalskills.app.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.app.common.ErrorPresenter;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.pdf.AppraisalExport;

/**
 * "Download your PDF" and "Save result file": checks there is a result to save, then saves it through
 * {@link SavedFile} (ask where, write off the FX thread atomically, confirm with "Open" and "Show in folder", or
 * say in one sentence what went wrong). Holds no nodes.
 */
public final class ExportViewModel {
    /** The two files a person can save. */
    public enum Kind {
        PDF(new SavedFile.Kind("export.dialog.pdfTitle", "export.dialog.pdfFilter", ".pdf", "export.busy.pdf",
                "export.done.pdf", "export.error.unexpected")),
        RESULT_FILE(new SavedFile.Kind("export.dialog.resultTitle", "export.dialog.resultFilter", ".dsa.json",
                "export.busy.result", "export.done.result", "export.error.unexpected"));

        private final SavedFile.Kind file;

        Kind(SavedFile.Kind file) {
            this.file = file;
        }

        public String extension() {
            return file.extension();
        }
    }

    private final Messages messages;
    private final Supplier<Optional<ExportSubject>> subject;
    private final AppraisalExport export;
    private final Clock clock;
    private final SavedFile file;

    /**
     * @param subject    the result the screen shows now (empty when there is none yet)
     * @param appVersion printed in the PDF's footer
     */
    public ExportViewModel(Messages messages, Background background, DesktopActions desktop,
                           Supplier<Optional<ExportSubject>> subject, String appVersion) {
        this(messages, background, new ErrorPresenter(messages), desktop, subject, appVersion);
    }

    /** @param errors words failures and logs them (the app passes the one that names the log file) */
    public ExportViewModel(Messages messages, Background background, ErrorPresenter errors, DesktopActions desktop,
                           Supplier<Optional<ExportSubject>> subject, String appVersion) {
        this(messages, subject, appVersion, Clock.systemDefaultZone(),
                new SavedFile(messages, background, errors, desktop));
    }

    ExportViewModel(Messages messages, Background background, DesktopActions desktop,
                    Supplier<Optional<ExportSubject>> subject, String appVersion, Clock clock, Path startFolder) {
        this(messages, subject, appVersion, clock,
                new SavedFile(messages, background, new ErrorPresenter(messages), desktop, startFolder));
    }

    private ExportViewModel(Messages messages, Supplier<Optional<ExportSubject>> subject, String appVersion,
                            Clock clock, SavedFile file) {
        this.messages = messages;
        this.subject = subject;
        this.export = new AppraisalExport(appVersion);
        this.clock = clock;
        this.file = file;
    }

    public void downloadPdf(SaveDialog dialog) {
        export(Kind.PDF, dialog);
    }

    public void saveResultFile(SaveDialog dialog) {
        export(Kind.RESULT_FILE, dialog);
    }

    private void export(Kind kind, SaveDialog dialog) {
        if (file.workingProperty().get()) {
            return;
        }
        Optional<ExportSubject> current = subject.get();
        if (current.isEmpty()) {
            file.fail(messages.get("export.error.nothing"));
            return;
        }
        ScoredResult result = current.get().result();
        if (kind == Kind.PDF && !result.scores().complete()) {
            file.fail(messages.get("export.error.incomplete"));
            return;
        }
        file.save(dialog, kind.file, defaultFileName(kind, result.record()), target -> {
            if (kind == Kind.PDF) {
                export.writePdf(result, current.get().template(), target);
            } else {
                export.writeResultFile(result, target);
            }
        });
    }

    /** {@code digital-skills-<name or id>-<date>.pdf} (or {@code .dsa.json}); the date is when it was completed. */
    public String defaultFileName(Kind kind, AssessmentRecord record) {
        String who = slug(record.respondent().name());
        if (who.isEmpty()) {
            who = record.assessmentId().toString().substring(0, 8);
        }
        LocalDate date = record.completedAt().map(t -> t.toLocalDate()).orElse(LocalDate.now(clock));
        return "digital-skills-" + who + "-" + date + kind.extension();
    }

    static String slug(String name) {
        if (name == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }

    /** The saved file's state and its "Open" and "Show in folder", which {@link SavedFileView} shows. */
    public SavedFile file() {
        return file;
    }
}
