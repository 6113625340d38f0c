package uk.gov.gcs.digitalskills.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see the old content or the new, never half: write a temporary file in the
 * target folder, force it to disk, then move it into place. On failure the old file is left untouched.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws WriteFailedException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws WriteFailedException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new WriteFailedException(target, reason(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // leaving a hidden temp file behind is better than hiding the real error
                }
            }
        }
    }

    /**
     * Sorts the system's failure into a reason. Java reports a full disk and a file held open on Windows
     * only in the text of a {@link FileSystemException}, so that text is read here, once, and goes no further.
     */
    static WriteFailedException.Reason reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return WriteFailedException.Reason.ACCESS_DENIED;
        }
        String text = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("no space") || lower.contains("not enough space") || lower.contains("disk full")) {
            return WriteFailedException.Reason.DISK_FULL;
        }
        if (lower.contains("being used by another process") || lower.contains("locked a portion")) {
            return WriteFailedException.Reason.IN_USE;
        }
        return WriteFailedException.Reason.OTHER;
    }
}
