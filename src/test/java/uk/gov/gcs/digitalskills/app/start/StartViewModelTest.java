package uk.gov.gcs.digitalskills.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.RecordingRoutes;

class StartViewModelTest {
    private final Messages messages = Messages.english();
    private final RecordingRoutes routes = new RecordingRoutes();
    private final StartViewModel vm = new StartViewModel(messages, new Formats(messages, ZoneOffset.UTC), routes);

    @Test
    void nothingCanStartWhileLoading() {
        assertThat(vm.loadingProperty().get()).isTrue();
        vm.startNew();
        vm.pastAssessments();
        assertThat(routes.visits).isEmpty();
    }

    @Test
    void offersToContinueADraftWithWhenItWasSaved() {
        vm.ready(Optional.of(OffsetDateTime.of(2026, 11, 21, 19, 40, 0, 0, ZoneOffset.UTC)), List.of(), Optional.empty());
        assertThat(vm.canContinueProperty().get()).isTrue();
        assertThat(vm.lastSavedProperty().get()).isEqualTo("Last saved 21 November 2026 at 7:40pm");
        vm.continueDraft();
        vm.startNew();
        vm.pastAssessments();
        assertThat(routes.visits).containsExactly("continueAssessment", "newAssessment", "history");
    }

    @Test
    void withoutADraftThereIsNothingToContinue() {
        vm.ready(Optional.empty(), List.of(), Optional.empty());
        assertThat(vm.canContinueProperty().get()).isFalse();
        vm.continueDraft();
        assertThat(routes.visits).isEmpty();
    }

    @Test
    void tellsOfSkippedFilesAndADamagedStoreMovedAside() {
        vm.ready(Optional.empty(), List.of("/data/questionnaires/bad.json: /areas: must be an array"),
                Optional.of(Path.of("/data/assessments.damaged-20261121-194000.mv.db")));
        assertThat(vm.notices()).containsExactly(
                "Your saved assessments could not be read, so a fresh store was started. The damaged file was kept as "
                        + "assessments.damaged-20261121-194000.mv.db in /data.",
                "A questionnaire file was skipped because it has a problem: /data/questionnaires/bad.json: /areas: "
                        + "must be an array");
    }

    @Test
    void aLoadFailureStopsTheStartButtons() {
        vm.failed("Your saved assessments could not be opened.");
        vm.startNew();
        assertThat(routes.visits).isEmpty();
        assertThat(vm.problemProperty().get()).isEqualTo("Your saved assessments could not be opened.");
    }
}
