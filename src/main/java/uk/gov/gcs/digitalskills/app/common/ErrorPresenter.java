package uk.gov.gcs.digitalskills.app.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;

/**
 * Turns any failure into a {@link UserError}: the io layer's reason (not its text) worded from the bundle,
 * or the screen's own sentence for anything else, plus details to copy. It is the one place in the app that
 * logs a failure, so each is logged once, where it is shown.
 */
public final class ErrorPresenter {
    private static final Logger LOG = Logger.getLogger(ErrorPresenter.class.getName());

    private final Messages messages;
    private final Supplier<Optional<Path>> logFile;

    /** @param logFile the log being written, named in the details; empty when there is none */
    public ErrorPresenter(Messages messages, Supplier<Optional<Path>> logFile) {
        this.messages = messages;
        this.logFile = logFile;
    }

    /** With no log file to name (for screens shown on their own, and tests). */
    public ErrorPresenter(Messages messages) {
        this(messages, Optional::empty);
    }

    /**
     * Words {@code error}, logs it with the sentence shown, and returns both.
     *
     * @param fallbackKey the screen's sentence for a failure the io layer gave no reason for
     */
    public UserError present(Throwable error, String fallbackKey, Object... fallbackArgs) {
        UserError shown = new UserError(sentence(error).orElseGet(() -> messages.get(fallbackKey, fallbackArgs)),
                details(error));
        LOG.log(Level.WARNING, "Shown to the user: " + shown.sentence(), error);
        return shown;
    }

    /** Logs a failure no screen handled: it is not shown, but it must not be lost. */
    public static void unhandled(Throwable error) {
        LOG.log(Level.SEVERE, "A failure no screen handled", error);
    }

    /** The bundle's sentence for a failure that carries a reason anywhere in its cause chain. */
    Optional<String> sentence(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof WriteFailedException write) {
                return Optional.of(sentence(write));
            }
            if (t instanceof DatabaseException database) {
                return Optional.of(sentence(database));
            }
            if (t instanceof ManagerResponseReader.UnreadableException response) {
                return Optional.of(sentence(response));
            }
        }
        return Optional.empty();
    }

    private String sentence(WriteFailedException e) {
        String file = e.fileName();
        return switch (e.reason()) {
            case ACCESS_DENIED -> messages.get("error.write.accessDenied", file, e.folder());
            case DISK_FULL -> messages.get("error.write.diskFull", file);
            case IN_USE -> messages.get("error.write.inUse", file);
            case OTHER -> messages.get("error.write.other", file, e.folder());
        };
    }

    private String sentence(DatabaseException e) {
        return switch (e.kind()) {
            case FOLDER_NOT_CREATED -> messages.get("error.db.folderNotCreated", e.arg());
            case ALREADY_OPEN -> messages.get("error.db.alreadyOpen");
            case OPEN -> messages.get("error.db.open");
            case UPGRADE -> messages.get("error.db.upgrade");
            case READ -> messages.get("error.db.read");
            case WRITE -> messages.get("error.db.write");
            case NOT_FOUND -> messages.get("error.db.notFound");
            case DAMAGED_NOT_MOVED -> messages.get("error.db.damagedNotMoved", e.arg());
        };
    }

    private String sentence(ManagerResponseReader.UnreadableException e) {
        return switch (e.failure()) {
            case NOT_AN_APPRAISAL -> messages.get("error.response.notAppraisal");
            case DAMAGED -> messages.get("error.response.damaged");
            case ENCRYPTED -> messages.get("error.response.encrypted");
            case FLATTENED -> messages.get("error.response.flattened");
            case EMPTY -> messages.get("error.response.empty");
            case UNKNOWN_ASSESSMENT -> messages.get("error.response.unknownAssessment");
        };
    }

    /** Every cause, outermost first (type and the system's own words, which only go here), then the log file. */
    String details(Throwable error) {
        List<String> lines = new ArrayList<>();
        List<Throwable> seen = new ArrayList<>();
        for (Throwable t = error; t != null && !seen.contains(t); t = t.getCause()) {
            seen.add(t);
            lines.add((lines.isEmpty() ? "" : "Caused by: ") + t);
        }
        lines.add(logFile.get().map(path -> messages.get("error.details.log", path.toString()))
                .orElse(messages.get("error.details.noLog")));
        return String.join(System.lineSeparator(), lines);
    }
}
