package uk.gov.gcs.digitalskills.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;

/**
 * The app, in its own JVM, is killed with SIGKILL in the middle of an assessment; every answer it had
 * committed is still there, and the next start offers to continue with all of them.
 */
class KillAndResumeTest {
    @TempDir
    Path dir;

    @Test
    void aHardKillLosesNoCommittedAnswer() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Map<String, String> committed = new LinkedHashMap<>();
        try (ChildJvm child = new ChildJvm("answer", data, dir.resolve("answer.err"))) {
            while (committed.size() < 15) {
                String line = child.nextLine(60);
                assertThat(line).as("the child app stopped early; see " + dir.resolve("answer.err")).isNotNull();
                if (line.startsWith("COMMITTED ")) {
                    String[] parts = line.substring("COMMITTED ".length()).split("=", 2);
                    committed.put(parts[0], parts[1]);
                }
            }
            child.kill();
        }

        try (AssessmentStore store = AssessmentStore.open(new DataFolder(data), Clock.systemUTC())) {
            AssessmentRecord draft = store.latestDraft().orElseThrow().record();
            committed.forEach((id, answer) ->
                    assertThat(String.valueOf(draft.answers().get(id))).as(id).isEqualTo(answer));
            assertThat(draft.completedAt()).isEmpty();
        }

        Map<String, String> found = new LinkedHashMap<>();
        try (ChildJvm child = new ChildJvm("resume", data, dir.resolve("resume.err"))) {
            assertThat(child.nextLine(60)).isEqualTo("CONTINUE true");
            for (String line = child.nextLine(30); line != null && !line.equals("END"); line = child.nextLine(30)) {
                String[] parts = line.substring("FOUND ".length()).split("=", 2);
                found.put(parts[0], parts[1]);
            }
            assertThat(child.waitFor(30)).isTrue();
        }
        assertThat(found).containsAllEntriesOf(committed);
    }
}
