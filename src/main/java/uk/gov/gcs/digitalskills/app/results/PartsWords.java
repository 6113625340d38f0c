package uk.gov.gcs.digitalskills.app.results;

import java.math.BigDecimal;
import java.util.Optional;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.Calibration;

/** The two parts of an area and their calibration in words, the same on Results and in history. */
public final class PartsWords {
    private final Messages messages;
    private final Formats formats;

    public PartsWords(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** "62.5%", or "Not scored" when the part has no item that counts. */
    public String part(Optional<BigDecimal> percent) {
        return percent.map(formats::percent).orElse(messages.get("results.parts.notScored"));
    }

    /** Short, for a table cell: "Self-ratings well above knowledge", or "Not compared". */
    public String comparison(Optional<Calibration> calibration) {
        return messages.get(calibration.map(c -> switch (c) {
            case OVER -> "results.parts.compare.over";
            case UNDER -> "results.parts.compare.under";
            case ALIGNED -> "results.parts.compare.aligned";
        }).orElse("results.parts.compare.none"));
    }

    /** Whole, naming the area: "Your self-ratings are well above what the knowledge questions show in …". */
    public String sentence(Optional<Calibration> calibration, String areaTitle) {
        return messages.get(calibration.map(c -> switch (c) {
            case OVER -> "results.calibration.over";
            case UNDER -> "results.calibration.under";
            case ALIGNED -> "results.calibration.aligned";
        }).orElse("results.calibration.none"), areaTitle);
    }

    /** One short line for a comparison table: "Self-rating 80.0%, knowledge 30.0%. Self-ratings well above.". */
    public String summary(AreaScore score) {
        Optional<BigDecimal> self = score.selfRating().percent();
        Optional<BigDecimal> knowledge = score.knowledge().percent();
        if (knowledge.isEmpty()) {
            return messages.get("history.compare.selfOnly", part(self));
        }
        if (self.isEmpty()) {
            return messages.get("history.compare.knowledgeOnly", part(knowledge));
        }
        String brief = messages.get(score.calibration().map(c -> switch (c) {
            case OVER -> "history.compare.over";
            case UNDER -> "history.compare.under";
            case ALIGNED -> "history.compare.aligned";
        }).orElse("results.parts.compare.none"));
        return messages.get("history.compare.parts", part(self), part(knowledge), brief);
    }
}
