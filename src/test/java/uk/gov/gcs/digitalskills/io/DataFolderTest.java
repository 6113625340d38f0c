package uk.gov.gcs.digitalskills.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/sam");

    @Test
    void optionBeatsEnvironmentBeatsOsDefault() {
        Map<String, String> env = Map.of("DIGITAL_SKILLS_HOME", "/env/dsa");
        assertThat(DataFolder.resolve(Optional.of(Path.of("/opt/d")), env, "Linux", HOME).path()).isEqualTo(Path.of("/opt/d"));
        assertThat(DataFolder.resolve(Optional.empty(), env, "Linux", HOME).path()).isEqualTo(Path.of("/env/dsa"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Linux", HOME).path())
                .isEqualTo(Path.of("/home/sam/.local/share/digital-skills"));
    }

    @Test
    void perUserFoldersByOperatingSystem() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/x"), "Linux", HOME).path())
                .isEqualTo(Path.of("/x/digital-skills"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME).path())
                .isEqualTo(Path.of("/home/sam/Library/Application Support/DigitalSkillsAssessment"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("LOCALAPPDATA", "/l"), "Windows 11", HOME).path())
                .isEqualTo(Path.of("/l/DigitalSkillsAssessment"));
    }
}
