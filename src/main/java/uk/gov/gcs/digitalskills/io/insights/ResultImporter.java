package uk.gov.gcs.digitalskills.io.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import uk.gov.gcs.digitalskills.core.insights.AnonymisedResult;
import uk.gov.gcs.digitalskills.core.insights.ImportOutcome;
import uk.gov.gcs.digitalskills.core.insights.ImportReport;
import uk.gov.gcs.digitalskills.core.insights.ImportRules;
import uk.gov.gcs.digitalskills.core.insights.Layout;
import uk.gov.gcs.digitalskills.core.insights.ObjectiveFacts;
import uk.gov.gcs.digitalskills.core.insights.RejectionReason;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.io.PlainReasons;

/**
 * Imports result files and appraisal PDFs, given as files or folders (searched recursively for
 * {@code .json} and {@code .pdf}), into the {@link InsightsStore}. Each batch of files is stored in one
 * transaction, so a crash loses at most the batch in hand; a bad file is rejected with its reason and the
 * import goes on; importing the same files again only finds duplicates.
 */
public final class ResultImporter {
    public static final int DEFAULT_BATCH_SIZE = 500;

    /** Hears how far an import has got; called on the importing thread as each file is decided, a batch at a time. */
    public interface Listener {
        void progress(int filesDone, int filesTotal);

        Listener NONE = (done, total) -> { };
    }

    private final ResultFileReader reader;
    private final Supplier<InsightsStore> opener;
    private final int batchSize;
    private final int threads;
    /** Opened on the first run, once its first files are being read. */
    private InsightsStore store;

    public ResultImporter(ResultFileReader reader, InsightsStore store) {
        this(reader, () -> store);
    }

    /**
     * Opens the store with {@code opener} only once the first files are being read, so that opening it
     * (H2 and its migrations) and reading go on at the same time; {@code opener}'s failure ends the run.
     */
    public ResultImporter(ResultFileReader reader, Supplier<InsightsStore> opener) {
        this(reader, opener, DEFAULT_BATCH_SIZE, defaultThreads());
    }

    /** {@code threads} read and check files in parallel; storing is always one batch at a time. */
    public ResultImporter(ResultFileReader reader, InsightsStore store, int batchSize, int threads) {
        this(reader, () -> store, batchSize, threads);
    }

    private ResultImporter(ResultFileReader reader, Supplier<InsightsStore> opener, int batchSize, int threads) {
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("batch size and threads must be at least 1");
        }
        this.reader = reader;
        this.opener = Objects.requireNonNull(opener);
        this.batchSize = batchSize;
        this.threads = threads;
    }

    private static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Imports everything under {@code paths}. When {@code cancelled} turns true, the files read so far are
     * stored and the rest are left; the report says it was cancelled.
     */
    public ImportReport run(List<Path> paths, Listener listener, BooleanSupplier cancelled) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : new LinkedHashSet<>(paths)) {
            if (Files.isDirectory(path)) {
                try {
                    files.addAll(filesUnder(path));
                } catch (IOException | UncheckedIOException e) {
                    outcomes.add(new ImportOutcome.Rejected(path.toString(), RejectionReason.UNREADABLE,
                            "the folder could not be searched (" + PlainReasons.of(e) + ")"));
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                outcomes.add(new ImportOutcome.Rejected(path.toString(), RejectionReason.UNREADABLE,
                        "there is no file or folder here"));
            }
        }
        files = List.copyOf(new LinkedHashSet<>(files));
        int total = files.size();
        listener.progress(0, total);
        Map<UUID, String> seenThisImport = new HashMap<>();
        boolean stopped = false;
        int done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "import-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileReading>> readings = submit(pool, files, 0, cancelled);
            if (store == null) {
                store = opener.get();
            }
            for (long start = 0; start < total && !stopped; start += batchSize) {
                // Files are read and checked in parallel; decisions and storing follow file order. The next
                // batch is read while this one is decided and stored, so the readers never wait for the store.
                List<Path> batchFiles = files.subList((int) start, (int) Math.min(total, start + batchSize));
                List<Future<FileReading>> current = readings;
                readings = submit(pool, files, start + batchSize, cancelled);
                List<AnonymisedResult> batch = new ArrayList<>();
                Map<QuestionnaireRef, Layout> batchLayouts = new LinkedHashMap<>();
                Map<UUID, ObjectiveFacts> updates = new LinkedHashMap<>();
                List<FileReading> read = new ArrayList<>();
                for (int i = 0; i < batchFiles.size(); i++) {
                    FileReading reading = stopped ? null : await(current.get(i));
                    if (reading == null || cancelled.getAsBoolean()) {
                        stopped = true;
                        current.get(i).cancel(false);
                        continue;
                    }
                    read.add(reading);
                }
                // What the store already holds for this batch, in one query rather than one per file.
                Map<UUID, String> stored = store.fingerprints(read.stream()
                        .filter(FileReading.Read.class::isInstance)
                        .map(r -> ((FileReading.Read) r).result().assessmentId()).toList());
                // Those read before a cancel are decided; a cancel seen while deciding stops at once.
                for (int i = 0; i < read.size(); i++) {
                    if (!stopped && cancelled.getAsBoolean()) {
                        stopped = true;
                        break;
                    }
                    outcomes.add(decide(batchFiles.get(i), read.get(i), batch, batchLayouts, seenThisImport,
                            stored, updates));
                    done++;
                    listener.progress(done, total);
                }
                if (stopped) {
                    readings.forEach(reading -> reading.cancel(false));
                }
                store.insert(batch, batchLayouts.values());
                store.updateObjectives(updates);
            }
        } finally {
            pool.shutdownNow();
        }
        return new ImportReport(outcomes, total, stopped);
    }

    /** Starts reading the batch of files that begins at {@code start}; none when it is past the end. */
    private List<Future<FileReading>> submit(ExecutorService pool, List<Path> files, long start,
                                             BooleanSupplier cancelled) {
        List<Future<FileReading>> readings = new ArrayList<>();
        int from = (int) Math.min(start, files.size());
        int to = (int) Math.min(files.size(), start + batchSize);
        for (Path file : files.subList(from, to)) {
            readings.add(pool.submit(() -> cancelled.getAsBoolean() ? null : reader.read(file)));
        }
        return readings;
    }

    private static FileReading await(Future<FileReading> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private ImportOutcome decide(Path file, FileReading reading, List<AnonymisedResult> batch,
                                 Map<QuestionnaireRef, Layout> layouts, Map<UUID, String> seenThisImport,
                                 Map<UUID, String> stored, Map<UUID, ObjectiveFacts> updates) {
        String name = file.toString();
        if (reading instanceof FileReading.Rejected rejected) {
            return new ImportOutcome.Rejected(name, rejected.reason(), rejected.detail());
        }
        FileReading.Read read = (FileReading.Read) reading;
        AnonymisedResult result = read.result();
        String fingerprint = result.fingerprint();
        Optional<String> earlier = Optional.ofNullable(seenThisImport.get(result.assessmentId()))
                .or(() -> Optional.ofNullable(stored.get(result.assessmentId())));
        switch (ImportRules.decide(earlier, fingerprint)) {
            case DUPLICATE:
                return objectiveNews(name, result, batch, updates)
                        .orElseGet(() -> new ImportOutcome.Duplicate(name, result.assessmentId()));
            case CONFLICT:
                return new ImportOutcome.Conflict(name, result.assessmentId());
            default:
                seenThisImport.put(result.assessmentId(), fingerprint);
                batch.add(result);
                layouts.putIfAbsent(read.layout().ref(), read.layout());
                return new ImportOutcome.Imported(name, result.assessmentId(),
                        read.scoresRecomputed() ? List.of(ImportOutcome.SCORES_RECOMPUTED) : List.of());
        }
    }

    /**
     * The same answers with different objective facts: a later copy of the same assessment (a returned PDF
     * with the manager's agreement, or a file with the year-end review). The facts are updated; an earlier
     * copy in this import is updated in its batch. Facts never go back to "not known".
     */
    private Optional<ImportOutcome> objectiveNews(String name, AnonymisedResult result, List<AnonymisedResult> batch,
                                                  Map<UUID, ObjectiveFacts> updates) {
        UUID id = result.assessmentId();
        Optional<ObjectiveFacts> known = Optional.ofNullable(updates.get(id))
                .or(() -> batch.stream().filter(r -> r.assessmentId().equals(id)).findFirst()
                        .map(AnonymisedResult::objective))
                .or(() -> store.objectiveFacts(id));
        if (known.isPresent() && known.get().equals(result.objective())) {
            return Optional.empty();
        }
        if (batch.removeIf(r -> r.assessmentId().equals(id))) {
            batch.add(result);
        } else {
            updates.put(id, result.objective());
        }
        return Optional.of(new ImportOutcome.Imported(name, id, List.of(ImportOutcome.OBJECTIVE_UPDATED)));
    }

    /** Result files and PDFs in a folder and its subfolders, in a stable order. */
    static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(ResultImporter::looksImportable).sorted().toList();
        }
    }

    private static boolean looksImportable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".json") || name.endsWith(".pdf"));
    }
}
