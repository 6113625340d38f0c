package uk.gov.gcs.digitalskills.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.testing.BundledContent;
import uk.gov.gcs.digitalskills.testing.Fixtures;

/** The {@code scores} of a result file: the new parts are described, and files written before them stay valid. */
class ResultScoresSchemaTest {
    @TempDir
    Path temp;

    private final ContentFiles files = new ContentFiles();

    /** A result as the app writes it, with scores recomputed and the parts included. */
    private ObjectNode written() throws Exception {
        Path source = Fixtures.write(temp, "source.dsa.json", Fixtures.completeResult("press-office", 3));
        ScoredResult scored = ScoredResults.read(source, files, BundledContent.library());
        return ResultJson.toJson(scored.record(), scored.scores());
    }

    private List<Problem> validate(Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = written();
        change.accept(tree);
        return files.validate(Fixtures.write(temp, "r.dsa.json", tree), BundledContent.library());
    }

    @Test
    void aResultAsTheAppWritesItIsValidAndCarriesTheParts() throws Exception {
        assertThat(validate(r -> { })).isEmpty();
        JsonNode area = written().get("scores").get("areas").get(0);
        assertThat(area.has("selfRating")).isTrue();
        assertThat(area.has("knowledge")).isTrue();
        assertThat(area.has("calibration")).isTrue();
    }

    @Test
    void scoresWrittenBeforeThePartsExistedAreStillValid() throws Exception {
        assertThat(validate(r -> {
            r.get("scores").get("areas").forEach(a -> ((ObjectNode) a).remove(List.of("selfRating", "knowledge",
                    "calibration")));
            ((ObjectNode) r.get("scores").get("overall")).remove(List.of("selfRating", "knowledge"));
        })).isEmpty();
        assertThat(validate(r -> r.putNull("scores"))).isEmpty();
        assertThat(validate(r -> r.remove("scores"))).isEmpty();
    }

    @Test
    void aCalibrationThatIsNotOneOfTheThreeIsReportedWhereItIs() throws Exception {
        assertThat(validate(r -> ((ObjectNode) r.get("scores").get("areas").get(1)).put("calibration", "high")))
                .extracting(Problem::pointer).containsExactly("/scores/areas/1/calibration");
    }

    @Test
    void aPartPercentMustBeANumberOrNull() throws Exception {
        assertThat(validate(r -> ((ObjectNode) r.get("scores").get("areas").get(0).get("knowledge"))
                .put("percent", "high"))).extracting(Problem::pointer)
                .containsExactly("/scores/areas/0/knowledge/percent");
        assertThat(validate(r -> ((ObjectNode) r.get("scores").get("areas").get(0).get("knowledge"))
                .putNull("percent"))).isEmpty();
    }

    @Test
    void aMisspeltFieldInScoresIsReportedByValidate() throws Exception {
        assertThat(validate(r -> ((ObjectNode) r.get("scores").get("areas").get(0)).put("calibraton", "over")))
                .extracting(Problem::pointer).containsExactly("/scores/areas/0");
    }
}
