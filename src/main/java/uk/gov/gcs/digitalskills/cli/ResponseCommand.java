package uk.gov.gcs.digitalskills.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.io.json.ManagerCodec;
import uk.gov.gcs.digitalskills.io.pdf.ManagerResponseReader;

/**
 * {@code response FILLED.pdf [--save]} (DESIGN.md §4): the line manager's part of a returned appraisal PDF,
 * as JSON {@code {"assessmentId", "manager": {...}}}; with {@code --save}, kept with that assessment.
 */
@Command(name = "response", addMethodSubcommands = false, mixinStandardHelpOptions = true, description = "Read the line manager's part of an appraisal PDF they filled in and"
        + " sent back, and print it as JSON.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the response was read (and, with --save, saved)",
                "1:not an appraisal PDF, the manager's part is still empty, or (with --save) the assessment is not"
                        + " in the data folder or could not be saved",
                "2:the command was used wrongly"})
final class ResponseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "FILLED.pdf",
            description = "The appraisal PDF with the line manager's part filled in.")
    Path pdf;

    @Option(names = "--save", description = "Keep the response with its assessment in the data folder.")
    boolean save;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ManagerResponseReader reader = new ManagerResponseReader(new ContentFiles());
        try {
            ManagerResponseReader.Returned returned;
            if (save) {
                try (AssessmentStore store = AssessmentStore.open(cli.dataFolder(), Clock.systemDefaultZone())) {
                    returned = reader.read(pdf, store);
                    store.saveManagerResponse(returned.assessmentId(), returned.manager());
                }
            } else {
                returned = reader.read(pdf);
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("assessmentId", returned.assessmentId().toString());
            out.set("manager", ManagerCodec.toJson(returned.manager()));
            spec.commandLine().getOut().println(JsonSupport.writeString(out));
            returned.unreadDate().ifPresent(typed -> err.println(pdf + ": the date \"" + typed + "\" is not one this"
                    + " app understands (write it like 20/04/2027, 20 April 2027 or 2027-04-20), so it was left out."));
            if (save) {
                err.println("Saved with assessment " + returned.assessmentId() + ".");
            }
            return 0;
        } catch (ManagerResponseReader.UnreadableException e) {
            err.println(Failures.describe(e));
            return 1;
        } catch (DatabaseException e) {
            err.println(Failures.describe(e));
            return 1;
        }
    }
}
