package uk.gov.gcs.digitalskills.core.insights;

import java.math.BigDecimal;

/** A question's mean points as a percentage of its maximum, over the results that answered it. */
public record QuestionSummary(String questionId, String areaId, String areaTitle, String text, int count,
                              BigDecimal meanPercentOfMax) {
}
