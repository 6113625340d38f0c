package uk.gov.gcs.digitalskills.core.insights;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One question's item analysis over the area's listwise results (DESIGN.md §3.5): {@code facility} = 100 ×
 * mean item score / item maximum (one decimal); {@code discrimination} = Pearson correlation of the item score
 * with the rest of the area's total (three decimals), empty when either has zero variance.
 */
public record QuestionAnalysis(String questionId, String text, BigDecimal facility,
                               Optional<BigDecimal> discrimination, List<AnalysisFlag> flags) {
    public QuestionAnalysis {
        flags = List.copyOf(flags);
    }

    public boolean flagged(AnalysisFlag flag) {
        return flags.contains(flag);
    }
}
