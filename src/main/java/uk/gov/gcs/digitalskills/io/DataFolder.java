package uk.gov.gcs.digitalskills.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the app keeps its data: {@code --data-dir} if given, else {@code DIGITAL_SKILLS_HOME}, else the
 * operating system's per-user data folder. Tests always set one of the first two.
 */
public record DataFolder(Path path) {
    public static final String ENVIRONMENT_VARIABLE = "DIGITAL_SKILLS_HOME";

    public static DataFolder resolve(Optional<Path> option, Map<String, String> env, String osName, Path userHome) {
        if (option.isPresent()) {
            return new DataFolder(option.get().toAbsolutePath());
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataFolder(Path.of(fromEnv).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null ? Path.of(local) : userHome.resolve("AppData").resolve("Local");
            return new DataFolder(base.resolve("DigitalSkillsAssessment"));
        }
        if (os.contains("mac")) {
            return new DataFolder(userHome.resolve("Library/Application Support/DigitalSkillsAssessment"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return new DataFolder(base.resolve("digital-skills"));
    }

    public static DataFolder resolve(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** Where a department's own questionnaires and toolkits go. */
    public Path questionnaires() {
        return path.resolve("questionnaires");
    }
}
