package uk.gov.gcs.digitalskills.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data folder holds people's answers, so it is the owner's alone: folders 0700 and files 0600 on Linux
 * and macOS, set explicitly after creating them so the umask does not matter, and tightened again on every
 * open so a folder made by an older version is fixed too. On Windows the per-user profile folder already
 * keeps others out, and there are no POSIX permissions to set.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Whether this file system has owner/group/other permissions to set. */
    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates {@code folder} if need be (its parents as usual: they are not ours to restrict) and makes it
     * owner-only.
     */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (posix()) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
        return folder;
    }

    /** Makes an existing file owner-only; a file that is not there is left alone. */
    public static void file(Path file) throws IOException {
        if (posix() && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Makes every file directly in {@code folder} whose name starts with {@code prefix} owner-only. */
    public static void files(Path folder, String prefix) throws IOException {
        if (!posix() || !Files.isDirectory(folder)) {
            return;
        }
        try (var entries = Files.list(folder)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                file(entry);
            }
        }
    }
}
