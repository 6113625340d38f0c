package uk.gov.gcs.digitalskills.app.common;

import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/** A plain message in the window (such as "already open"), with one button. */
public final class MessageView {
    private MessageView() {
    }

    public static Screen build(String id, String heading, String body, String buttonText, Runnable action) {
        Button button = Ui.primary(buttonText, action);
        button.setId(id + "-button");
        var text = Ui.body(body);
        text.setId(id + "-text");
        var title = Ui.heading(heading, "l");
        title.setId(id + "-heading");
        VBox page = Ui.page(title, text, button);
        return Screen.of(id, page, button, null);
    }
}
