package uk.gov.gcs.digitalskills.app.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.app.objective.ObjectiveFixtures.TOOLKIT;

import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;

/** The sentence follows the fields until reworded, and a rewording belongs to its template. */
class SentenceModelTest {
    private final ObjectiveTemplate first = TOOLKIT.templates().get(0);
    private final ObjectiveTemplate second = TOOLKIT.templates().get(1);
    private int typed;
    private final SentenceModel model = new SentenceModel(() -> typed++);

    @Test
    void followsTheFieldsUntilEditedThenKeepsTheEditPerTemplate() {
        model.showFor(first);
        model.generated("By 31 March 2027, I will do A.");
        assertThat(model.sentenceProperty().get()).isEqualTo("By 31 March 2027, I will do A.");
        assertThat(typed).as("generated text is not typing").isZero();

        model.sentenceProperty().set("I will do A, and report.");
        model.generated("By 31 March 2027, I will do B.");
        assertThat(model.editedProperty().get()).isTrue();
        assertThat(model.sentenceProperty().get()).isEqualTo("I will do A, and report.");
        assertThat(model.previewProperty().get()).isEqualTo("By 31 March 2027, I will do B.");
        assertThat(typed).isEqualTo(1);

        model.showFor(second);
        assertThat(model.editedProperty().get()).isFalse();
        assertThat(model.sentenceProperty().get()).isEqualTo("By 31 March 2027, I will do B.");
        model.showFor(first);
        assertThat(model.sentenceProperty().get()).isEqualTo("I will do A, and report.");

        model.reset();
        assertThat(model.editedProperty().get()).isFalse();
        assertThat(model.sentenceProperty().get()).isEqualTo("By 31 March 2027, I will do B.");
    }

    @Test
    void typingTheGeneratedTextBackIsNoEditAndAnEmptySentenceSavesTheGeneratedOne() {
        model.showFor(first);
        model.generated("By 31 March 2027, I will do A.");
        model.sentenceProperty().set("something else");
        model.sentenceProperty().set("By 31 March 2027, I will do A.");
        assertThat(model.editedProperty().get()).isFalse();

        model.sentenceProperty().set("   ");
        assertThat(model.toSave()).isEqualTo("By 31 March 2027, I will do A.");
        model.sentenceProperty().set("  My own words.  ");
        assertThat(model.toSave()).isEqualTo("My own words.");
    }
}
