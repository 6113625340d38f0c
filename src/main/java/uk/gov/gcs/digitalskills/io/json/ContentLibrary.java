package uk.gov.gcs.digitalskills.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.questionnaire.Versions;
import uk.gov.gcs.digitalskills.io.BadFileException;
import uk.gov.gcs.digitalskills.io.PlainReasons;

/**
 * The questionnaires and toolkits the app knows: those bundled in the jar and those a department put in
 * {@code <data-dir>/questionnaires/}. A broken file there is skipped with a notice; the bundled ones still work.
 */
public final class ContentLibrary {
    static final List<String> BUNDLED_QUESTIONNAIRES = List.of("gcs-digital-skills.json");
    static final List<String> BUNDLED_TOOLKITS = List.of("gcs-digital-objectives.json");

    private final List<Questionnaire> questionnaires;
    private final List<ObjectiveToolkit> toolkits;
    private final List<String> notices;

    private ContentLibrary(List<Questionnaire> questionnaires, List<ObjectiveToolkit> toolkits, List<String> notices) {
        this.questionnaires = List.copyOf(questionnaires);
        this.toolkits = List.copyOf(toolkits);
        this.notices = List.copyOf(notices);
    }

    /** Loads the bundled content and, when given, the folder of extra content. */
    public static ContentLibrary load(ContentFiles files, Optional<Path> extraFolder) {
        List<Questionnaire> questionnaires = new ArrayList<>();
        List<ObjectiveToolkit> toolkits = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        try {
            for (String name : BUNDLED_QUESTIONNAIRES) {
                try (InputStream in = ContentFiles.bundled("/questionnaires/" + name)) {
                    questionnaires.add(files.readQuestionnaire(in, name));
                }
            }
            for (String name : BUNDLED_TOOLKITS) {
                try (InputStream in = ContentFiles.bundled("/questionnaires/" + name)) {
                    toolkits.add(files.readToolkit(in, name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadFileException e) {
            // A broken bundled file is a bug in this build, not something a user can fix.
            throw new IllegalStateException("bundled content is invalid:\n" + e.getMessage(), e);
        }
        extraFolder.filter(Files::isDirectory).ifPresent(folder -> loadFolder(files, folder, questionnaires,
                toolkits, notices));
        return new ContentLibrary(questionnaires, toolkits, notices);
    }

    private static void loadFolder(ContentFiles files, Path folder, List<Questionnaire> questionnaires,
                                   List<ObjectiveToolkit> toolkits, List<String> notices) {
        List<Path> candidates;
        try (Stream<Path> list = Files.list(folder)) {
            candidates = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            notices.add(folder + ": could not be read (" + PlainReasons.of(e) + ")");
            return;
        }
        for (Path file : candidates) {
            try {
                var root = JsonSupport.readTree(file);
                if (DocumentKind.of(root, file.toString()) == DocumentKind.TOOLKIT) {
                    toolkits.add(files.readToolkit(file));
                } else {
                    questionnaires.add(files.readQuestionnaire(file));
                }
            } catch (BadFileException e) {
                notices.add(e.getMessage());
            }
        }
    }

    public List<Questionnaire> questionnaires() {
        return questionnaires;
    }

    public List<ObjectiveToolkit> toolkits() {
        return toolkits;
    }

    /** One line per content file that was skipped, saying why. */
    public List<String> notices() {
        return notices;
    }

    public Optional<Questionnaire> questionnaire(QuestionnaireRef ref) {
        return questionnaires.stream().filter(q -> q.ref().equals(ref)).findFirst();
    }

    /** The newest version of a questionnaire; versions compare as numbers part by part ("2026.10" > "2026.9"). */
    public Optional<Questionnaire> latestQuestionnaire(String id) {
        return questionnaires.stream().filter(q -> q.id().equals(id))
                .max(Comparator.comparing(Questionnaire::version, Versions::compare));
    }

    /** The toolkit written for a questionnaire, newest first if there are several. */
    public Optional<ObjectiveToolkit> toolkitFor(String questionnaireId) {
        return toolkits.stream().filter(t -> t.questionnaireId().equals(questionnaireId))
                .max(Comparator.comparing(ObjectiveToolkit::version, Versions::compare));
    }
}
