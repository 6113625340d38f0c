package uk.gov.gcs.digitalskills.app.insights;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** A chooser for tests that always answers the same: no files, one folder, and the given CSV and save targets. */
record FixedPathChooser(Path folder, Optional<Path> csvTarget, Optional<Path> saveTarget) implements PathChooser {
    /** Chooses {@code folder} to import from, and nothing to save to. */
    static FixedPathChooser folder(Path folder) {
        return new FixedPathChooser(folder, Optional.empty(), Optional.empty());
    }

    @Override
    public List<Path> chooseFiles(Window owner) {
        return List.of();
    }

    @Override
    public Optional<Path> chooseFolder(Window owner) {
        return Optional.of(folder);
    }

    @Override
    public Optional<Path> chooseCsvTarget(Window owner, String suggestedName) {
        return csvTarget;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path folder, String defaultName, String filterName,
                                         String extension) {
        return saveTarget;
    }
}
