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
            throw new WriteFailedException(target, explain(target, e), e);
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

    private static String explain(Path target, IOException e) {
        String folder = String.valueOf(target.toAbsolutePath().getParent());
        if (e instanceof AccessDeniedException) {
            return target.getFileName() + " could not be saved because you cannot write to " + folder
                    + ". Choose another folder.";
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("no space")) {
            return target.getFileName() + " could not be saved because the disk is full. Free some space or"
                    + " choose another folder.";
        }
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("being used by another process")) {
            return target.getFileName() + " is open in another program. Close it there and try again.";
        }
        return target.getFileName() + " could not be saved in " + folder + " (" + reason + ").";
    }
}
