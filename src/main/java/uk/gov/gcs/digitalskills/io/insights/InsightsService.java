package uk.gov.gcs.digitalskills.io.insights;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import uk.gov.gcs.digitalskills.core.insights.ImportReport;
import uk.gov.gcs.digitalskills.core.insights.InsightsCollector;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.Layout;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;

/**
 * Everything the insights screen and commands do: import files into the store and aggregate what is stored.
 * Opens {@code <data-dir>/insights} once; close it when done. Methods block: call them off the FX thread.
 */
public final class InsightsService implements AutoCloseable {
    private final InsightsStore store;
    private final ResultFileReader reader;

    public InsightsService(InsightsStore store, ContentLibrary library) {
        this.store = store;
        this.reader = new ResultFileReader(library);
        completeLayouts(store, library);
    }

    /**
     * Layouts stored before store version 2 lack the weights and parts that the item analysis and
     * calibration need; they are rebuilt from the same questionnaire version when it is installed. Without it,
     * the figures still show, with weight 1 and no calibration for that version.
     */
    private static void completeLayouts(InsightsStore store, ContentLibrary library) {
        for (Layout layout : store.layouts().values()) {
            if (!layout.complete()) {
                library.questionnaire(layout.ref()).ifPresent(q -> store.replaceLayout(Layout.of(q)));
            }
        }
    }

    /**
     * Opens the store in the data folder, with the bundled questionnaires and those in the data folder. The
     * bundled toolkits are read only if something asks for one: importing and the figures need none.
     */
    public static InsightsService open(DataFolder folder) {
        ContentLibrary library = ContentLibrary.lazily(new ContentFiles(), Optional.of(folder.questionnaires()));
        return new InsightsService(InsightsStore.open(folder), library);
    }

    /**
     * Imports into the store in the data folder and closes it: the import command, which does nothing else
     * with it. The store is opened while the first files are already being read (issue 15).
     *
     * @throws uk.gov.gcs.digitalskills.io.db.DatabaseException if the store cannot be opened or written
     */
    public static ImportReport importInto(DataFolder folder, List<Path> paths) {
        ContentLibrary library = ContentLibrary.lazily(new ContentFiles(), Optional.of(folder.questionnaires()));
        List<InsightsStore> opened = new ArrayList<>(1);
        try {
            return new ResultImporter(new ResultFileReader(library), () -> {
                InsightsStore store = InsightsStore.open(folder);
                opened.add(store);
                completeLayouts(store, library);
                return store;
            }).run(paths, ResultImporter.Listener.NONE, () -> false);
        } finally {
            opened.forEach(InsightsStore::close);
        }
    }

    public ImportReport importFiles(List<Path> paths, ResultImporter.Listener listener, BooleanSupplier cancelled) {
        return new ResultImporter(reader, store).run(paths, listener, cancelled);
    }

    public ImportReport importFiles(List<Path> paths) {
        return importFiles(paths, ResultImporter.Listener.NONE, () -> false);
    }

    /** The questionnaire versions imported, newest first: the views there are to choose from. */
    public List<String> versions() {
        return InsightsCollector.versions(store.layouts().values());
    }

    /** @throws uk.gov.gcs.digitalskills.core.insights.UnknownVersionException if no result has the query's version */
    public InsightsReport query(InsightsQuery query) {
        return InsightsCollector.aggregate(store.layouts().values(), store.figures().stream(), query);
    }

    public int storedCount() {
        return store.count();
    }

    public InsightsStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
