package uk.gov.gcs.digitalskills.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs slow work (database, import, PDF) away from the FX thread and hands the outcome back on it.
 * ViewModels depend on this interface; tests use {@link ImmediateBackground}, which runs synchronously.
 */
public interface Background {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** True while any work is running; views bind progress indicators and disable buttons with it. */
    ReadOnlyBooleanProperty busyProperty();
}
