package uk.gov.gcs.digitalskills.core.insights;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One area's item analysis. When fewer than {@link ItemAnalysis#MINIMUM_RESULTS} results answered every
 * question of the area (and none with "n/a"), {@code gap} is {@link AnalysisGap#TOO_FEW_RESULTS} and there are no
 * figures (not even the listwise count, which could be under the minimum group size). Otherwise
 * {@code results} is the listwise count, {@code alpha} is Cronbach's alpha (three decimals) unless
 * {@code alphaGap} says why not, and there is one {@link QuestionAnalysis} per question in questionnaire order.
 */
public record AreaAnalysis(String areaId, String title, OptionalInt results, Optional<BigDecimal> alpha,
                           Optional<AnalysisGap> alphaGap, List<AnalysisFlag> flags,
                           List<QuestionAnalysis> questions, Optional<AnalysisGap> gap) {
    public AreaAnalysis {
        flags = List.copyOf(flags);
        questions = List.copyOf(questions);
        if (gap.isPresent() && (results.isPresent() || alpha.isPresent() || !questions.isEmpty())) {
            throw new IllegalArgumentException("an area without analysis must carry no figures");
        }
    }

    public static AreaAnalysis tooFew(String areaId, String title) {
        return new AreaAnalysis(areaId, title, OptionalInt.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), Optional.of(AnalysisGap.TOO_FEW_RESULTS));
    }

    public boolean analysed() {
        return gap.isEmpty();
    }
}
