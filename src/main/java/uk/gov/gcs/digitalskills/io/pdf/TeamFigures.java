package uk.gov.gcs.digitalskills.io.pdf;

import java.util.List;
import java.util.OptionalInt;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;

/**
 * The few figures the team report and the Team insights screen derive from the counts, worked out once here
 * so that both show the same number: a level's share of an area, and how many are at the two lowest levels.
 * Neither ever shows more than the counts do: a suppressed count gives no share and no sum.
 */
public final class TeamFigures {
    private TeamFigures() {
    }

    /**
     * A level's share of the people scored in an area, as a whole percent (halves rounded up); empty when
     * either count is suppressed or the area has no one.
     */
    public static OptionalInt share(Count level, Count area) {
        if (level instanceof Count.Shown shown && area instanceof Count.Shown total && total.value() > 0) {
            return OptionalInt.of((int) Math.round(100.0 * shown.value() / total.value()));
        }
        return OptionalInt.empty();
    }

    /**
     * How many people are at the area's first {@code levels} levels (Awareness or Working). Shown only when
     * every one of those levels is shown: adding a suppressed level to a shown one would let a reader subtract
     * the shown one and find the small group, so the sum is then withheld.
     */
    public static Count atLowestLevels(AreaSummary area, int levels) {
        if (area.count().suppressed()) {
            return area.count();
        }
        List<Count> counts = area.levelCounts();
        int sum = 0;
        for (int i = 0; i < Math.min(levels, counts.size()); i++) {
            if (!(counts.get(i) instanceof Count.Shown shown)) {
                return new Count.Withheld(minimum(area.count(), counts));
            }
            sum += shown.value();
        }
        return new Count.Shown(sum);
    }

    private static int minimum(Count area, List<Count> counts) {
        for (Count c : counts) {
            if (c instanceof Count.FewerThan f) {
                return f.minimum();
            }
            if (c instanceof Count.Withheld w) {
                return w.minimum();
            }
        }
        return area instanceof Count.FewerThan f ? f.minimum() : 0;
    }
}
