package uk.gov.gcs.digitalskills.app.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.LearningResource;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.Calibration;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;

/**
 * The results of one assessment, every figure straight from {@link Scorer} (so they equal the {@code score}
 * command's): overall, each area in words and as a bar, strongest and weakest, advice and learning.
 */
public final class ResultsViewModel {
    /** One area's line and bar; {@code percent} is empty when the area is not scored. */
    public record AreaLine(String areaId, String title, boolean core, Optional<BigDecimal> percent,
                           String percentText, String levelText, String valueText, String listText,
                           String accessibleText) {
    }

    /** A level's start, marked on the chart. */
    public record Marker(String label, BigDecimal minPercent) {
    }

    /** Advice for the person's level in one area. */
    public record Advice(String areaId, String title, String level, String text) {
    }

    /** Learning suggestions for one development area. */
    public record Learning(String areaTitle, List<LearningResource> resources) {
    }

    /**
     * One area's two parts (DESIGN.md §3.2) in figures and words: the self-rating part, the knowledge part, and
     * how they compare ({@code comparison} short, for a table cell; {@code sentence} whole, naming the area).
     */
    public record PartsLine(String areaId, String title, String selfRating, String knowledge, String comparison,
                            Optional<Calibration> calibration, String sentence) {
    }

    private final Questionnaire questionnaire;
    private final AssessmentRecord record;
    private final ScoreReport report;
    private final Messages messages;
    private final Formats formats;
    private final Routes routes;
    private final boolean fromHistory;
    private final PartsWords words;

    public ResultsViewModel(Questionnaire questionnaire, AssessmentRecord record, Messages messages, Formats formats,
                            Routes routes, boolean fromHistory) {
        this(ScoredResult.of(record, questionnaire), messages, formats, routes, fromHistory);
    }

    /** @param scored scored once for the whole Results screen, and shared with its export part */
    public ResultsViewModel(ScoredResult scored, Messages messages, Formats formats, Routes routes,
                            boolean fromHistory) {
        this.questionnaire = scored.questionnaire();
        this.record = scored.record();
        this.report = scored.scores();
        this.messages = messages;
        this.formats = formats;
        this.routes = routes;
        this.fromHistory = fromHistory;
        this.words = new PartsWords(messages, formats);
    }

    public AssessmentRecord record() {
        return record;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public ScoreReport report() {
        return report;
    }

    public String heading() {
        return messages.get(fromHistory ? "results.heading.past" : "results.heading");
    }

    public String completedText() {
        return record.completedAt().map(at -> messages.get("results.completed", formats.dateAndTime(at),
                questionnaire.title(), questionnaire.version())).orElse("");
    }

    /** "62.5%" and "Working", or a sentence when no core area is scored. */
    public String overallPercent() {
        return report.overall().map(o -> formats.percent(o.percent())).orElse(messages.get("results.notScored"));
    }

    public String overallLevel() {
        return report.overall().map(o -> o.level().label()).orElse("");
    }

    public String overallAccessible() {
        return report.overall().map(o -> messages.get("results.overall.accessible", o.percent().toPlainString(),
                o.level().label())).orElse(messages.get("results.notScored"));
    }

    /** Which areas make up the overall, named from the questionnaire. */
    public String overallNote() {
        return messages.get("results.overall.note", String.join(", ",
                questionnaire.areas().stream().filter(Area::core).map(Area::title).toList()));
    }

    public boolean incomplete() {
        return !report.complete();
    }

    public List<AreaLine> areas() {
        return report.areas().stream().map(this::line).toList();
    }

    private AreaLine line(AreaScore score) {
        String percentText = score.percent().map(formats::percent).orElse(messages.get("results.area.notScored"));
        String levelText = score.level().map(Level::label).orElse("");
        String accessible = score.percent()
                .map(p -> messages.get("results.bar.accessible", score.title(), p.toPlainString(), levelText))
                .orElse(messages.get("results.bar.accessibleNotScored", score.title()));
        String valueText = levelText.isEmpty() ? percentText : messages.get("results.area.value", percentText, levelText);
        return new AreaLine(score.areaId(), score.title(), score.core(), score.percent(), percentText, levelText,
                valueText, messages.get("results.area.line", score.title(), valueText), accessible);
    }

    public List<Marker> markers() {
        return questionnaire.levels().stream().map(l -> new Marker(l.label(), l.minPercent())).toList();
    }

    /** "Levels: Awareness from 0%, Working from 40%, ..." — the chart's lines in words. */
    public String levelsLegend() {
        return messages.get("results.levels", String.join(", ", questionnaire.levels().stream()
                .map(l -> messages.get("results.levels.one", l.label(), l.minPercent().stripTrailingZeros().toPlainString()))
                .toList()));
    }

    /**
     * The two strongest scored areas, strongest first, but only areas at the second level (Working) or above:
     * an area at the lowest level is not a strength, however it compares with the others. May be empty.
     */
    public List<AreaLine> strongest() {
        return report.strongestFirst().stream().filter(this::aboveLowestLevel).limit(2).map(this::line).toList();
    }

    /** Said in place of the list when no area is at Working or above. */
    public String noStrengthsText() {
        String working = questionnaire.levels().size() > 1 ? questionnaire.levels().get(1).label()
                : questionnaire.levels().get(0).label();
        return messages.get("results.strengths.none", working);
    }

    private boolean aboveLowestLevel(AreaScore score) {
        Level lowest = questionnaire.levels().get(0);
        return score.level().map(level -> !level.id().equals(lowest.id())).orElse(false);
    }

    /** The two weakest scored areas, weakest first (never repeating a strongest one when there are few). */
    public List<AreaLine> weakest() {
        List<String> strong = strongest().stream().map(AreaLine::areaId).toList();
        List<AreaScore> weakest = report.weakestFirst();
        List<AreaScore> chosen = weakest.size() >= 4 ? weakest.stream().limit(2).toList()
                : weakest.stream().filter(a -> !strong.contains(a.areaId())).limit(2).toList();
        return chosen.stream().map(this::line).toList();
    }

    public List<Advice> advice() {
        return report.areas().stream().filter(AreaScore::scored).map(score -> {
            Area area = questionnaire.area(score.areaId()).orElseThrow();
            Level level = score.level().orElseThrow();
            return new Advice(area.id(), area.title(), level.label(), area.adviceFor(level.id()).orElse(""));
        }).toList();
    }

    /** Learning suggestions for the development areas. */
    public List<Learning> learning() {
        return weakest().stream().map(line -> questionnaire.area(line.areaId()).orElseThrow())
                .filter(area -> !area.learning().isEmpty())
                .map(area -> new Learning(area.title(), area.learning())).toList();
    }

    /** Every area with at least one part scored, in questionnaire order. */
    public List<PartsLine> parts() {
        return report.areas().stream().filter(a -> a.selfRating().scored() || a.knowledge().scored())
                .map(this::partsLine).toList();
    }

    private PartsLine partsLine(AreaScore score) {
        Optional<Calibration> calibration = score.calibration();
        return new PartsLine(score.areaId(), score.title(), words.part(score.selfRating().percent()),
                words.part(score.knowledge().percent()), words.comparison(calibration), calibration,
                words.sentence(calibration, score.title()));
    }

    /** "Across the core areas, your self-ratings come to 80.0% and the knowledge questions to 42.5%." */
    public String overallPartsText() {
        return report.overall().map(o -> {
            if (o.knowledgePercent().isEmpty()) {
                return messages.get("results.parts.overall.selfOnly", words.part(o.selfRatingPercent()));
            }
            if (o.selfRatingPercent().isEmpty()) {
                return messages.get("results.parts.overall.knowledgeOnly", words.part(o.knowledgePercent()));
            }
            return messages.get("results.parts.overall", words.part(o.selfRatingPercent()),
                    words.part(o.knowledgePercent()));
        }).orElse("");
    }

    /**
     * The calibration in whole sentences: one for each area whose self-ratings are well above or well below its
     * knowledge questions, or one saying they match everywhere; empty when no area has both parts.
     */
    public List<String> calibrationSentences() {
        List<PartsLine> compared = parts().stream().filter(p -> p.calibration().isPresent()).toList();
        List<String> apart = compared.stream().filter(p -> p.calibration().get() != Calibration.ALIGNED)
                .map(PartsLine::sentence).toList();
        if (!apart.isEmpty()) {
            return apart;
        }
        return compared.isEmpty() ? List.of() : List.of(messages.get("results.calibration.allAligned"));
    }

    /** After submission: each knowledge item with your answer, the best answer and why. */
    public List<KnowledgeReview.AreaItems> knowledgeReview() {
        return record.completedAt().isPresent() ? KnowledgeReview.of(questionnaire, record, messages) : List.of();
    }

    /** "Set" for a first objective, "Change" when one is saved, so the button says what will happen. */
    public String objectiveText() {
        return messages.get(record.objective().isPresent() ? "results.objective.change" : "results.objective.set");
    }

    /** The saved objective's sentence, or empty when none has been set. */
    public String objectiveSentence() {
        return record.objective().map(o -> o.text()).orElse("");
    }

    public void setObjective() {
        routes.objective(record, fromHistory);
    }

    /** "Add your manager's response", or "Change …" once one is saved (issue 13). */
    public String responseText() {
        return messages.get(record.manager().isPresent() ? "start.objective.changeResponse"
                : "start.objective.addResponse");
    }

    public void addResponse() {
        routes.managerResponse(record, fromHistory ? Routes.ReturnTo.RESULTS_FROM_HISTORY : Routes.ReturnTo.RESULTS);
    }

    public String backText() {
        return messages.get(fromHistory ? "results.back.history" : "results.back.start");
    }

    public void back() {
        if (fromHistory) {
            routes.history();
        } else {
            routes.start();
        }
    }
}
