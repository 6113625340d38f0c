package uk.gov.gcs.digitalskills.core.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionsTest {
    @Test
    void partsCompareAsNumbers() {
        assertThat(Versions.compare("2026.10", "2026.9")).isPositive();
        assertThat(Versions.compare("2026.1", "2027.0")).isNegative();
        assertThat(Versions.compare("2026.1", "2026.1.0")).isZero();
    }

    @Test
    void textPartsCompareAsText() {
        assertThat(Versions.compare("2026.1-dept", "2026.1-agency")).isPositive();
    }
}
