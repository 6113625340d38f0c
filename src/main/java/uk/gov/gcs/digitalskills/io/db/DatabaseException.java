package uk.gov.gcs.digitalskills.io.db;

import java.util.Arrays;
import java.util.List;

/**
 * A database problem the user must hear about. It carries what went wrong as a {@link Kind} plus
 * arguments (a folder, a step number), not as a sentence, and never the database's own text: the app words
 * it from its message bundle and the command line in its own English. The message is for the log only.
 */
public class DatabaseException extends RuntimeException {
    /** What could not be done. The arguments each kind carries are listed with it. */
    public enum Kind {
        /** The data folder could not be made. Argument: the folder. */
        FOLDER_NOT_CREATED,
        /** Another copy of the app has the file open. No arguments. */
        ALREADY_OPEN,
        /** The file could not be opened, or a fresh one started. Argument: the folder. */
        OPEN,
        /** The schema could not be brought up to date; nothing was changed. Argument: the step. */
        UPGRADE,
        /** Reading saved data failed. No arguments. */
        READ,
        /** Writing a change failed. No arguments. */
        WRITE,
        /** There is no saved assessment with this id. Argument: the id. */
        NOT_FOUND,
        /** The file is damaged and could not be moved out of the way. Argument: the file. */
        DAMAGED_NOT_MOVED
    }

    private final Kind kind;
    private final List<String> args;

    public DatabaseException(Kind kind, Throwable cause, Object... args) {
        super(kind + (args.length == 0 ? "" : " " + Arrays.toString(args)), cause);
        this.kind = kind;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    public Kind kind() {
        return kind;
    }

    /** The arguments {@link #kind()} lists, as text. */
    public List<String> args() {
        return args;
    }

    /** The first argument, or empty text when the kind has none. */
    public String arg() {
        return args.isEmpty() ? "" : args.get(0);
    }
}
