package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigDecimal;

/** A named band of percentages, such as Practitioner from 65%. */
public record Level(String id, String label, BigDecimal minPercent) {
}
