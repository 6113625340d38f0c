package uk.gov.gcs.digitalskills.app.history;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.common.Screen;
import uk.gov.gcs.digitalskills.app.common.Ui;

/** A table: area, then, now, change; under each figure its two parts and how they compare. */
public final class CompareView {
    private CompareView() {
    }

    public static Screen build(CompareViewModel vm, Messages messages) {
        Hyperlink back = Ui.backLink(messages.get("common.back"), vm::back);
        back.setId("compare-back");
        GridPane table = new GridPane();
        table.setId("compare-table");
        table.getStyleClass().add("summary-list");
        for (int width : new int[] {28, 27, 27, 18}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(width);
            table.getColumnConstraints().add(c);
        }
        table.addRow(0, Ui.headerCell(messages.get("history.compare.area")), Ui.headerCell(vm.earlierDate()),
                Ui.headerCell(vm.laterDate()), Ui.headerCell(messages.get("history.compare.change")));
        int r = 1;
        for (CompareViewModel.Row row : vm.rows()) {
            Label change = Ui.cell(row.change());
            change.setId("compare-change-" + row.id());
            table.addRow(r++, Ui.cell(row.title()), figure(row.earlier(), row.earlierParts()),
                    figure(row.later(), row.laterParts()), change);
        }
        VBox page = Ui.page(back, Ui.heading(messages.get("history.compare.heading"), "l"),
                Ui.body(messages.get("history.compare.intro", vm.earlierDate(), vm.laterDate())), table);
        page.getStyleClass().add("wide");
        return Screen.of("compare-screen", page, back, vm::back);
    }

    /** The percent and level, and under it (smaller) the two parts and how they compare. */
    private static Node figure(String value, String parts) {
        if (parts.isEmpty()) {
            return Ui.cell(value);
        }
        Label main = new Label(value);
        main.setWrapText(true);
        Label detail = Ui.hint(parts);
        VBox box = new VBox(4, main, detail);
        box.getStyleClass().add("summary-cell");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        box.setFocusTraversable(false);
        box.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        box.setAccessibleText(value + ". " + parts);
        return box;
    }
}
