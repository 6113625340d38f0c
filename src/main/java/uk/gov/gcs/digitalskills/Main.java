package uk.gov.gcs.digitalskills;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import uk.gov.gcs.digitalskills.app.AppLauncher;
import uk.gov.gcs.digitalskills.cli.Cli;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.LogFile;

/**
 * With no arguments, opens the window; with arguments, runs the command line, which never starts JavaFX
 * (so it works on a machine with no display). The window path avoids picocli to keep start-up short.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            AppLauncher.launch(DataFolder.resolve(Optional.empty()));
            return;
        }
        LogFile.silence();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run(args, out, err, AppLauncher::launch);
        if (code != 0) {
            System.exit(code);
        }
    }
}
