package uk.gov.gcs.digitalskills.app.start;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.AppVersion;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;

/** What the assessment is, how long it takes, where the data stays; start, continue, or see past ones. */
public final class StartView {
    /** Where other features add their own start-screen links (for example, Team insights). */
    public static final String LINKS_ID = "start-links";
    private static final double SPINNER = 24;

    private StartView() {
    }

    public static Screen build(StartViewModel vm, Messages messages) {
        return build(vm, null, messages);
    }

    /** With "Your objective this year" ({@code card} may be null: no card). */
    public static Screen build(StartViewModel vm, ObjectiveCardViewModel card, Messages messages) {
        Label heading = Ui.heading(messages.get("app.title"), "xl");
        Label about = Ui.body(messages.get("app.about"));
        about.getStyleClass().add("lead");
        VBox facts = new VBox(Ui.body(messages.get("start.time")), Ui.body(messages.get("start.data")));
        facts.getStyleClass().add("paragraphs");

        // The spinner comes a frame after the first one: its skin and animation take longer to make than the
        // rest of the screen's controls together, and the words beside it already say that it is loading.
        StackPane spinnerSlot = new StackPane();
        spinnerSlot.setMinSize(SPINNER, SPINNER);
        spinnerSlot.setPrefSize(SPINNER, SPINNER);
        spinnerSlot.setMaxSize(SPINNER, SPINNER);
        HBox loading = new HBox(10, spinnerSlot, Ui.hint(messages.get("start.loading")));
        loading.setId("start-loading");
        show(loading, vm.loadingProperty());
        Ui.afterFirstFrame(loading, () -> {
            if (vm.loadingProperty().get()) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setId("start-spinner");
                spinner.setPrefSize(SPINNER, SPINNER);
                spinner.setAccessibleText(messages.get("start.loading"));
                spinnerSlot.getChildren().add(spinner);
            }
        });

        Label problem = Ui.body(vm.problemProperty());
        problem.setId("start-problem");
        problem.getStyleClass().add(Ui.ERROR_MESSAGE);
        show(problem, vm.problemProperty().isNotEmpty());
        Button copyDetails = Ui.copyDetails(messages, "start-problem", vm.problemDetailsProperty()::get);
        show(copyDetails, vm.problemDetailsProperty().isNotEmpty());

        VBox notices = new VBox();
        notices.setId("start-notices");
        notices.getStyleClass().add(Ui.NOTICE);
        notices.getChildren().add(Ui.heading(messages.get("start.notice.heading"), "s"));
        vm.notices().addListener((ListChangeListener<String>) change -> {
            notices.getChildren().remove(1, notices.getChildren().size());
            vm.notices().forEach(line -> notices.getChildren().add(Ui.body(line)));
        });
        show(notices, javafx.beans.binding.Bindings.isNotEmpty(vm.notices()));

        Button startNew = Ui.primary(messages.get("start.new"), vm::startNew);
        startNew.setId("start-new");
        startNew.disableProperty().bind(vm.loadingProperty().or(vm.problemProperty().isNotEmpty()));

        Button continueDraft = Ui.secondary(messages.get("start.continue"), vm::continueDraft);
        continueDraft.setId("start-continue");
        Label lastSaved = Ui.hint("");
        lastSaved.textProperty().bind(vm.lastSavedProperty());
        lastSaved.setId("start-last-saved");
        continueDraft.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("common.sentences", messages.get("start.continue"), vm.lastSavedProperty().get()),
                vm.lastSavedProperty()));
        VBox continueBox = new VBox(8);
        show(continueBox, vm.canContinueProperty());
        Ui.addWhenNeeded(continueBox, continueBox.visibleProperty(),
                () -> continueBox.getChildren().addAll(continueDraft, lastSaved));

        HBox actions = new HBox(16, startNew);
        actions.getStyleClass().add("actions");
        // With a draft to continue, continuing is the main action and starting again the second one.
        vm.canContinueProperty().addListener((o, was, draft) -> {
            startNew.getStyleClass().removeAll(Ui.PRIMARY, Ui.SECONDARY);
            continueDraft.getStyleClass().removeAll(Ui.PRIMARY, Ui.SECONDARY);
            startNew.getStyleClass().add(draft ? Ui.SECONDARY : Ui.PRIMARY);
            continueDraft.getStyleClass().add(draft ? Ui.PRIMARY : Ui.SECONDARY);
        });
        vm.loadingProperty().addListener((o, was, now) -> {
            if (!now) {
                (vm.canContinueProperty().get() ? continueDraft : startNew).requestFocus();
            }
        });

        Hyperlink past = Ui.link(messages.get("start.history"), vm::pastAssessments);
        past.setId("start-history");
        past.disableProperty().bind(startNew.disableProperty());
        Hyperlink insights = Ui.link(messages.get("start.insights"), vm::teamInsights);
        insights.setId("start-insights");
        VBox links = new VBox(8, past, insights);
        links.setId(LINKS_ID);

        Label version = Ui.caption(messages.get("app.version", AppVersion.current()));
        version.setId("app-version");

        VBox page = Ui.page(heading, about, facts, loading, notices, continueBox, actions, links, version);
        // What is shown only when loading fails comes after the first frame (or at once when it fails).
        Ui.addWhenNeeded(page, vm.problemProperty().isNotEmpty(),
                () -> page.getChildren().addAll(page.getChildren().indexOf(loading) + 1, List.of(problem, copyDetails)));
        if (card != null) {
            // Below the main actions, so a returning person finds this year's objective without scrolling far.
            page.getChildren().add(page.getChildren().indexOf(links), ObjectiveCardView.build(card, messages));
        }
        return Screen.of("start-screen", page, startNew, null);
    }

    private static void show(Node node, ObservableValue<Boolean> when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }
}
