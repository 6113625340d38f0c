package uk.gov.gcs.digitalskills.app.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A desktop for tests: records what it was handed ("open <file>", "show <file>"), or throws {@link #failure}. */
final class RecordingDesktop implements DesktopActions {
    final List<String> calls = new ArrayList<>();
    /** When set, both actions throw it instead of recording. */
    Exception failure;

    @Override
    public void open(Path file) throws Exception {
        hand("open ", file);
    }

    @Override
    public void showInFolder(Path file) throws Exception {
        hand("show ", file);
    }

    private void hand(String what, Path file) throws Exception {
        if (failure != null) {
            throw failure;
        }
        calls.add(what + file);
    }
}
