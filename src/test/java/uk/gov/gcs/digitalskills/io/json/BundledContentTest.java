package uk.gov.gcs.digitalskills.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;

/**
 * The app reads its bundled questionnaires and toolkits without the JSON Schema check, to start faster
 * (issue 15). This is the check instead, on every build: each bundled file meets its schema strictly,
 * unknown fields included, exactly as {@code validate} would require.
 */
class BundledContentTest {
    @TempDir
    Path temp;

    private final SchemaCheck schemas = new SchemaCheck();

    @Test
    void everyBundledQuestionnaireMeetsItsSchema() throws Exception {
        assertThat(ContentLibrary.bundledQuestionnaireResources()).isNotEmpty();
        for (String resource : ContentLibrary.bundledQuestionnaireResources()) {
            assertThat(schemas.check(DocumentKind.QUESTIONNAIRE, tree(resource))).as(resource).isEmpty();
        }
    }

    @Test
    void everyBundledToolkitMeetsItsSchema() throws Exception {
        assertThat(ContentLibrary.bundledToolkitResources()).isNotEmpty();
        for (String resource : ContentLibrary.bundledToolkitResources()) {
            assertThat(schemas.check(DocumentKind.TOOLKIT, tree(resource))).as(resource).isEmpty();
        }
    }

    @Test
    void everyBundledQuestionnaireHoldsTheVersionItIsListedUnder() throws Exception {
        // The library finds a bundled version by its listed ref without reading the file.
        ContentFiles files = new ContentFiles();
        for (ContentLibrary.Bundled bundled : ContentLibrary.BUNDLED_QUESTIONNAIRES) {
            try (InputStream in = ContentFiles.bundled(bundled.resource())) {
                assertThat(files.readBundledQuestionnaire(in, bundled.file()).ref()).as(bundled.file())
                        .isEqualTo(bundled.ref());
            }
        }
    }

    @Test
    void aLazyLibraryFindsTheSameQuestionnairesAsAnEagerOne() {
        ContentFiles files = new ContentFiles();
        ContentLibrary eager = ContentLibrary.load(files, Optional.empty());
        for (ContentLibrary.Bundled bundled : ContentLibrary.BUNDLED_QUESTIONNAIRES) {
            ContentLibrary lazy = ContentLibrary.lazily(files, Optional.empty());
            assertThat(lazy.questionnaire(bundled.ref())).isEqualTo(eager.questionnaire(bundled.ref()));
            assertThat(lazy.latestQuestionnaire(bundled.ref().id()))
                    .isEqualTo(eager.latestQuestionnaire(bundled.ref().id()));
        }
    }

    @Test
    void theSchemaCheckWouldCatchABrokenBundledFile() throws Exception {
        // So that the two tests above cannot pass for want of a working check.
        var broken = (com.fasterxml.jackson.databind.node.ObjectNode) tree(
                ContentLibrary.bundledQuestionnaireResources().get(0));
        broken.remove("areas");
        assertThat(schemas.check(DocumentKind.QUESTIONNAIRE, broken)).isNotEmpty();
    }

    @Test
    void aLazyLibraryReadsTheSameToolkitsAsAnEagerOneWithTheFolderOnesLast() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("questionnaires"));
        String resource = ContentLibrary.bundledToolkitResources().get(0);
        try (InputStream in = ContentFiles.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("department.json"), text.replaceFirst(
                    "\"version\"\\s*:\\s*\"[^\"]+\"", "\"version\": \"2099.1\""));
        }
        ContentFiles files = new ContentFiles();
        ContentLibrary eager = ContentLibrary.load(files, Optional.of(folder));
        ContentLibrary lazy = ContentLibrary.lazily(files, Optional.of(folder));

        assertThat(lazy.toolkits()).isEqualTo(eager.toolkits());
        assertThat(lazy.toolkits()).hasSize(ContentLibrary.bundledToolkitResources().size() + 1);
        assertThat(lazy.toolkits().get(lazy.toolkits().size() - 1).version()).isEqualTo("2099.1");
        assertThat(lazy.questionnaires()).isEqualTo(eager.questionnaires());
    }

    private static JsonNode tree(String resource) throws Exception {
        try (InputStream in = ContentFiles.class.getResourceAsStream(resource)) {
            return JsonSupport.readTree(in, resource);
        }
    }
}
