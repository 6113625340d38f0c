package uk.gov.gcs.digitalskills.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextScaleTest {
    @Test
    void stepsUpAndDownFromNineteenPixelsWithinLimits() {
        TextScale scale = new TextScale();
        assertThat(scale.pixels()).isEqualTo(19);
        scale.larger();
        assertThat(scale.pixels()).isEqualTo(22);
        for (int i = 0; i < 10; i++) {
            scale.larger();
        }
        assertThat(scale.pixels()).isEqualTo(34);
        scale.reset();
        scale.smaller();
        scale.smaller();
        assertThat(scale.pixels()).isEqualTo(16);
        assertThat(TextScale.styleClass(scale.stepProperty().get())).isEqualTo("text-size-16");
    }
}
