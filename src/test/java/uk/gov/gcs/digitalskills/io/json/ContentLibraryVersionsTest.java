package uk.gov.gcs.digitalskills.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.questionnaire.Versions;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.testing.Fixtures;

/**
 * Several versions of the questionnaire side by side: new assessments use the newest, and a draft or result
 * keeps the version it names, with that version's toolkit. Written so that it holds whatever is bundled.
 */
class ContentLibraryVersionsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/uk/gov/gcs/digitalskills/cli/golden-2026.1");
    private static final QuestionnaireRef V2026_1 = new QuestionnaireRef("gcs-digital-skills", "2026.1");

    @TempDir
    Path temp;

    private final ContentFiles files = new ContentFiles();

    /** A copy of the 2026.1 questionnaire under another version, changed so that it scores differently. */
    private void installQuestionnaire(Path folder, String version) {
        ObjectNode copy = Fixtures.questionnaireWith(q -> {
            q.put("version", version);
            q.get("areas").forEach(a -> a.get("questions").forEach(question ->
                    ((ObjectNode) question).put("weight", 3)));
            ((ObjectNode) q.get("areas").get(0)).put("id", "planning-" + version.replace('.', '-'));
        });
        Fixtures.write(folder, "questionnaire-" + version + ".json", copy);
    }

    private void installToolkit(Path folder, String version) {
        ObjectNode copy = Fixtures.tree(Fixtures.TOOLKIT);
        copy.put("version", version);
        Fixtures.write(folder, "toolkit-" + version + ".json", copy);
    }

    private ContentLibrary bundledOnly() {
        return ContentLibrary.load(files, Optional.empty());
    }

    @Test
    void everyBundledQuestionnaireLoadsOnceAndTheNewestIsTheHighestVersion() {
        ContentLibrary library = bundledOnly();
        assertThat(library.questionnaires()).hasSize(ContentLibrary.BUNDLED_QUESTIONNAIRES.size());
        assertThat(library.questionnaires()).extracting(Questionnaire::ref).doesNotHaveDuplicates();
        String highest = library.questionnaires().stream().map(Questionnaire::version)
                .max(Versions::compare).orElseThrow();
        assertThat(library.latestQuestionnaire("gcs-digital-skills").orElseThrow().version()).isEqualTo(highest);
        assertThat(library.questionnaire(V2026_1)).as("2026.1 stays bundled").isPresent();
    }

    @Test
    void newestComparesVersionsAsNumbersPartByPart() {
        Path folder = temp.resolve("questionnaires");
        installQuestionnaire(folder, "3000.9");
        installQuestionnaire(folder, "3000.10");
        installQuestionnaire(folder, "2999.99");
        ContentLibrary library = ContentLibrary.load(files, Optional.of(folder));
        assertThat(library.notices()).isEmpty();
        assertThat(library.latestQuestionnaire("gcs-digital-skills").orElseThrow().version()).isEqualTo("3000.10");
    }

    @Test
    void aResultOn2026Point1IsScoredWith2026Point1WhenANewerVersionIsInstalled() throws Exception {
        Path folder = temp.resolve("questionnaires");
        installQuestionnaire(folder, "3000.10");
        ContentLibrary library = ContentLibrary.load(files, Optional.of(folder));
        ScoredResult scored = ScoredResults.read(GOLDEN.resolve("mixed-marketing.dsa.json"), files, library);
        assertThat(scored.questionnaire().ref()).isEqualTo(V2026_1);
        assertThat(JsonSupport.writeString(ScoreJson.toJson(scored.scores())) + System.lineSeparator())
                .isEqualTo(Files.readString(GOLDEN.resolve("mixed-marketing.score.json"), StandardCharsets.UTF_8));
    }

    @Test
    void eachVersionGetsItsOwnToolkit() {
        Path folder = temp.resolve("questionnaires");
        installQuestionnaire(folder, "3000.10");
        installToolkit(folder, "3000.10");
        ContentLibrary library = ContentLibrary.load(files, Optional.of(folder));
        assertThat(library.toolkitFor(V2026_1).map(ObjectiveToolkit::version)).contains("2026.1");
        assertThat(library.toolkitFor(new QuestionnaireRef("gcs-digital-skills", "3000.10"))
                .map(ObjectiveToolkit::version)).contains("3000.10");
        // A version older than every toolkit gets the oldest.
        assertThat(library.toolkitFor(new QuestionnaireRef("gcs-digital-skills", "1.0"))
                .map(ObjectiveToolkit::version)).contains(library.toolkits().stream()
                .map(ObjectiveToolkit::version).min(Comparator.comparing(v -> v, Versions::compare)).orElseThrow());
        assertThat(library.toolkitFor(new QuestionnaireRef("nhs-skills", "2026.1"))).isEmpty();
        assertThat(library.toolkitFor("gcs-digital-skills").map(ObjectiveToolkit::version)).contains("3000.10");
    }

    @Test
    void aDepartmentsNewerToolkitServesTheVersionItFollowsButNotTheNextOne() {
        Path folder = temp.resolve("questionnaires");
        installQuestionnaire(folder, "3000.10");
        installToolkit(folder, "3000.10");
        installToolkit(folder, "2999.1");
        installToolkit(folder, "3000.11");
        ContentLibrary library = ContentLibrary.load(files, Optional.of(folder));
        // 2999.1 follows the newest bundled version and comes before 3000.10; 3000.11 follows 3000.10.
        assertThat(library.toolkitFor(library.latestQuestionnaire("gcs-digital-skills").orElseThrow().ref())
                .map(ObjectiveToolkit::version)).contains("3000.11");
        String newestBundled = bundledOnly().latestQuestionnaire("gcs-digital-skills").orElseThrow().version();
        assertThat(library.toolkitFor(new QuestionnaireRef("gcs-digital-skills", newestBundled))
                .map(ObjectiveToolkit::version)).contains("2999.1");
    }

    @Test
    void aToolkitIsValidatedAgainstItsOwnQuestionnaireVersion() {
        // The newer copy renames the first area, so the 2026.1 toolkit would not fit it.
        Path folder = temp.resolve("questionnaires");
        installQuestionnaire(folder, "3000.10");
        ContentLibrary library = ContentLibrary.load(files, Optional.of(folder));
        assertThat(files.validate(Fixtures.TOOLKIT, library)).isEmpty();
        ObjectNode newer = Fixtures.tree(Fixtures.TOOLKIT).put("version", "3000.10");
        assertThat(files.validate(Fixtures.write(temp, "newer-toolkit.json", newer), library))
                .as("checked against 3000.10, where area 'planning' is now called something else").isNotEmpty();
        ObjectNode department = Fixtures.tree(Fixtures.TOOLKIT).put("version", "2026.2");
        assertThat(files.validate(Fixtures.write(temp, "department-toolkit.json", department), library))
                .as("a department's 2026.2 toolkit is for 2026.1").isEmpty();
    }

    @Test
    void everyBundledFileIsValidAgainstTheBundledContent() throws Exception {
        ContentLibrary library = bundledOnly();
        for (String resource : ContentLibrary.bundledQuestionnaireResources()) {
            assertThat(files.validate(copy(resource), library)).as(resource).isEmpty();
        }
        for (String resource : ContentLibrary.bundledToolkitResources()) {
            assertThat(files.validate(copy(resource), library)).as(resource).isEmpty();
        }
        assertThat(library.toolkits()).hasSize(ContentLibrary.BUNDLED_TOOLKITS.size());
        for (Questionnaire questionnaire : library.questionnaires()) {
            assertThat(library.toolkitFor(questionnaire.ref()).map(ObjectiveToolkit::version))
                    .as("a toolkit of the same version for %s", questionnaire.ref()).contains(questionnaire.version());
        }
    }

    private Path copy(String resource) throws Exception {
        Path file = temp.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }
}
