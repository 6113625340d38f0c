package uk.gov.gcs.digitalskills.app.objective;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.objective.CheckCode;
import uk.gov.gcs.digitalskills.core.objective.SmartLetter;

/** The builder names its messages from enums: every constant must have its text. */
class ObjectiveMessagesTest {
    private final Messages messages = Messages.english();

    @Test
    void everySmartLetterHasItsHeadingAndPassText() {
        for (SmartLetter letter : SmartLetter.values()) {
            assertThatCode(() -> messages.get("objective.smart." + letter.name())).doesNotThrowAnyException();
            assertThatCode(() -> messages.get("objective.smart.pass." + letter.name())).doesNotThrowAnyException();
        }
    }

    @Test
    void everyCheckCodeHasItsSentence() {
        for (CheckCode code : CheckCode.values()) {
            assertThatCode(() -> messages.get("objective.check." + code.name())).as(code.name())
                    .doesNotThrowAnyException();
        }
    }
}
