package uk.gov.gcs.digitalskills.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * Every questionnaire version shipped in the jar, under {@code /questionnaires/}, with the id and version
     * the file holds ({@code BundledContentTest} checks that they match), so that a command reads only the
     * version it needs. Several versions of one questionnaire live side by side: the newest (by
     * {@link Versions}) is used for new assessments, and drafts and results are always scored with the version
     * they name. To ship a new version, add its file here and its toolkit to {@link #BUNDLED_TOOLKITS}; order
     * does not matter.
     */
    static final List<Bundled> BUNDLED_QUESTIONNAIRES = List.of(
            new Bundled("gcs-digital-skills.json", new QuestionnaireRef("gcs-digital-skills", "2026.1")),
            new Bundled("gcs-digital-skills-2027.1.json", new QuestionnaireRef("gcs-digital-skills", "2027.1")));
    /** The toolkit of each bundled questionnaire version (its {@code version} matches the questionnaire's). */
    static final List<String> BUNDLED_TOOLKITS = List.of("gcs-digital-objectives.json",
            "gcs-digital-objectives-2027.1.json");

    /** A questionnaire file in the jar and the version it holds. */
    record Bundled(String file, QuestionnaireRef ref) {
        String resource() {
            return "/questionnaires/" + file;
        }
    }

    private final List<Questionnaire> folderQuestionnaires;
    private final List<ObjectiveToolkit> folderToolkits;
    private final List<String> notices;
    private final ContentFiles files;
    /** The bundled questionnaires read so far; each is read when first asked for. */
    private final Map<QuestionnaireRef, Questionnaire> bundled = new HashMap<>();
    /** The bundled toolkits then the folder's; null until first asked for when loaded {@link #lazily}. */
    private List<ObjectiveToolkit> toolkits;

    private ContentLibrary(ContentFiles files, List<Questionnaire> folderQuestionnaires,
                           List<ObjectiveToolkit> folderToolkits, List<String> notices) {
        this.files = files;
        this.folderQuestionnaires = List.copyOf(folderQuestionnaires);
        this.folderToolkits = List.copyOf(folderToolkits);
        this.notices = List.copyOf(notices);
    }

    /** Loads the bundled content and, when given, the folder of extra content. */
    public static ContentLibrary load(ContentFiles files, Optional<Path> extraFolder) {
        ContentLibrary library = lazily(files, extraFolder);
        library.questionnaires();   // everything read now, off whatever thread asks for it later
        library.toolkits();
        return library;
    }

    /**
     * As {@link #load}, but each bundled questionnaire is read when first asked for and the bundled toolkits
     * when a toolkit first is: {@code report} of a 2026.1 result reads the 2026.1 questionnaire only, and
     * {@code score} and {@code import} no toolkit (issue 15). A department's folder is read at once.
     */
    public static ContentLibrary lazily(ContentFiles files, Optional<Path> extraFolder) {
        List<Questionnaire> questionnaires = new ArrayList<>();
        List<ObjectiveToolkit> toolkits = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        extraFolder.filter(Files::isDirectory).ifPresent(folder -> loadFolder(files, folder, questionnaires,
                toolkits, notices));
        return new ContentLibrary(files, questionnaires, toolkits, notices);
    }

    private static IllegalStateException bundledInvalid(BadFileException e) {
        // A broken bundled file is a bug in this build, not something a user can fix.
        return new IllegalStateException("bundled content is invalid:\n" + e.getMessage(), e);
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

    /** The resource paths of the bundled questionnaires, for tools and tests that read the files themselves. */
    public static List<String> bundledQuestionnaireResources() {
        return BUNDLED_QUESTIONNAIRES.stream().map(Bundled::resource).toList();
    }

    /** The resource paths of the bundled toolkits. */
    public static List<String> bundledToolkitResources() {
        return BUNDLED_TOOLKITS.stream().map(name -> "/questionnaires/" + name).toList();
    }

    /** Every questionnaire: the bundled ones (all read now), then the folder's. */
    public List<Questionnaire> questionnaires() {
        List<Questionnaire> all = new ArrayList<>();
        BUNDLED_QUESTIONNAIRES.forEach(b -> all.add(bundled(b)));
        all.addAll(folderQuestionnaires);
        return List.copyOf(all);
    }

    private synchronized Questionnaire bundled(Bundled b) {
        return bundled.computeIfAbsent(b.ref(), ref -> {
            try (InputStream in = ContentFiles.bundled(b.resource())) {
                return files.readBundledQuestionnaire(in, b.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BadFileException e) {
                throw bundledInvalid(e);
            }
        });
    }

    /** Every questionnaire version there is, bundled ones first, without reading the bundled files. */
    private Stream<QuestionnaireRef> refs() {
        return Stream.concat(BUNDLED_QUESTIONNAIRES.stream().map(Bundled::ref),
                folderQuestionnaires.stream().map(Questionnaire::ref));
    }

    public synchronized List<ObjectiveToolkit> toolkits() {
        if (toolkits == null) {
            List<ObjectiveToolkit> all = new ArrayList<>();
            try {
                for (String name : BUNDLED_TOOLKITS) {
                    try (InputStream in = ContentFiles.bundled("/questionnaires/" + name)) {
                        all.add(files.readBundledToolkit(in, name));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BadFileException e) {
                throw bundledInvalid(e);
            }
            all.addAll(folderToolkits);
            toolkits = List.copyOf(all);
        }
        return toolkits;
    }

    /** One line per content file that was skipped, saying why. */
    public List<String> notices() {
        return notices;
    }

    /** The questionnaire version a result or draft names; a bundled one wins over a folder's of the same version. */
    public Optional<Questionnaire> questionnaire(QuestionnaireRef ref) {
        Optional<Bundled> inJar = BUNDLED_QUESTIONNAIRES.stream().filter(b -> b.ref().equals(ref)).findFirst();
        if (inJar.isPresent()) {
            return Optional.of(bundled(inJar.get()));
        }
        return folderQuestionnaires.stream().filter(q -> q.ref().equals(ref)).findFirst();
    }

    /** The newest version of a questionnaire; versions compare as numbers part by part ("2026.10" > "2026.9"). */
    public Optional<Questionnaire> latestQuestionnaire(String id) {
        return refs().filter(ref -> ref.id().equals(id))
                .max(Comparator.comparing(QuestionnaireRef::version, Versions::compare))
                .flatMap(this::questionnaire);
    }

    /**
     * The questionnaire version a toolkit is written for: the newest installed version not newer than the
     * toolkit (2026.1 for toolkit 2026.1 or a department's 2026.2), else the oldest. What {@code validate}
     * checks its areas, levels and roles against.
     */
    public Optional<Questionnaire> questionnaireFor(ObjectiveToolkit toolkit) {
        Comparator<QuestionnaireRef> byVersion = Comparator.comparing(QuestionnaireRef::version, Versions::compare);
        List<QuestionnaireRef> same = refs().filter(ref -> ref.id().equals(toolkit.questionnaireId())).toList();
        Optional<QuestionnaireRef> notNewer = same.stream()
                .filter(ref -> Versions.compare(ref.version(), toolkit.version()) <= 0).max(byVersion);
        return (notNewer.isPresent() ? notNewer : same.stream().min(byVersion)).flatMap(this::questionnaire);
    }

    /** The newest toolkit written for a questionnaire, whatever its version: for new assessments. */
    public Optional<ObjectiveToolkit> toolkitFor(String questionnaireId) {
        return toolkits().stream().filter(t -> t.questionnaireId().equals(questionnaireId))
                .max(Comparator.comparing(ObjectiveToolkit::version, Versions::compare));
    }

    /**
     * The toolkit for one questionnaire version: the newest toolkit older than the next installed version of
     * the questionnaire (so a department's toolkit 2026.2 serves questionnaire 2026.1, but 2027.1's toolkit
     * does not), else the oldest there is. A 2026.1 result keeps the templates its objective was written with
     * after 2027.1 is installed.
     */
    public Optional<ObjectiveToolkit> toolkitFor(QuestionnaireRef questionnaire) {
        Comparator<ObjectiveToolkit> byVersion = Comparator.comparing(ObjectiveToolkit::version, Versions::compare);
        Optional<String> nextVersion = refs()
                .filter(ref -> ref.id().equals(questionnaire.id()))
                .map(QuestionnaireRef::version)
                .filter(v -> Versions.compare(v, questionnaire.version()) > 0)
                .min(Versions::compare);
        List<ObjectiveToolkit> candidates = toolkits().stream()
                .filter(t -> t.questionnaireId().equals(questionnaire.id())).toList();
        Optional<ObjectiveToolkit> before = candidates.stream()
                .filter(t -> nextVersion.map(next -> Versions.compare(t.version(), next) < 0).orElse(true))
                .max(byVersion);
        return before.isPresent() ? before : candidates.stream().min(byVersion);
    }
}
