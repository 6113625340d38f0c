package uk.gov.gcs.digitalskills.core.insights;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Stream;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.questionnaire.Versions;
import uk.gov.gcs.digitalskills.core.scoring.Calibration;

/**
 * Aggregates stored results into an {@link InsightsReport}: a {@link Collector} whose mutable accumulator
 * keeps counts, sums and a histogram of tenths of a percent per area (so medians need no sorting), and whose
 * finisher builds the immutable summaries, suppressing every group and cell below the minimum group size.
 * The view is one questionnaire version (DESIGN.md §3.5): results of any other version are skipped, so no
 * figure mixes versions. Calibration (§3.2) and the item analysis (§3.5) are computed from the stored item
 * points and the layout's weights, in exact integer arithmetic where the rules round or compare.
 */
public final class InsightsCollector {
    /** The label of the group of results that did not give the grouped field. */
    public static final String NOT_GIVEN = "Not given";
    public static final String EVERYONE = "Everyone";
    private static final int TENTHS = 1001;

    private final InsightsQuery query;
    private final Catalogue catalogue;
    private final Optional<String> version;
    private final List<String> versions;

    private InsightsCollector(Collection<Layout> layouts, InsightsQuery query) {
        this.query = query;
        this.versions = versions(layouts);
        if (query.version().isPresent() && !versions.contains(query.version().get())) {
            throw new UnknownVersionException(query.version().get(), versions);
        }
        this.version = query.version().or(() -> versions.stream().findFirst());
        this.catalogue = new Catalogue(layouts.stream()
                .filter(l -> version.isPresent() && l.ref().version().equals(version.get())).toList());
    }

    /** The versions of the given layouts, newest first (core {@link Versions} order). */
    public static List<String> versions(Collection<Layout> layouts) {
        return layouts.stream().map(l -> l.ref().version()).distinct()
                .sorted(((Comparator<String>) Versions::compare).reversed()).toList();
    }

    /**
     * A collector over results of the given questionnaire layouts; results outside the period, or of another
     * questionnaire version than the query's (by default the newest of {@code layouts}), are skipped.
     *
     * @throws UnknownVersionException if the query names a version none of the layouts has
     */
    public static Collector<ResultFigures, ?, InsightsReport> of(Collection<Layout> layouts, InsightsQuery query) {
        InsightsCollector collector = new InsightsCollector(layouts, query);
        return Collector.of(collector::newAccumulator, Accumulator::accept, Accumulator::combine,
                Accumulator::finish, Collector.Characteristics.UNORDERED);
    }

    public static InsightsReport aggregate(Collection<Layout> layouts, Stream<ResultFigures> results,
                                           InsightsQuery query) {
        return results.collect(of(layouts, query));
    }

    private Accumulator newAccumulator() {
        return new Accumulator();
    }

    /** The union of the layouts' areas, questions and levels, newest questionnaire version first. */
    private static final class Catalogue {
        final List<Layout.AreaInfo> areas = new ArrayList<>();
        final List<Layout.QuestionInfo> questions = new ArrayList<>();
        final List<Level> levels = new ArrayList<>();
        final Map<String, String> areaTitles = new HashMap<>();
        final Map<String, Map<String, String>> labels = new HashMap<>();
        final Map<QuestionnaireRef, Mapping> mappings = new HashMap<>();
        /** Per area, the catalogue indices of its questions in questionnaire order. */
        final List<int[]> areaQuestions = new ArrayList<>();

        Catalogue(Collection<Layout> layouts) {
            List<Layout> newestFirst = layouts.stream()
                    .sorted(Comparator.comparing((Layout l) -> l.ref().version(), Versions::compare).reversed())
                    .toList();
            Map<String, Integer> areaIndex = new LinkedHashMap<>();
            Map<String, Integer> questionIndex = new LinkedHashMap<>();
            Map<String, Integer> levelIndex = new LinkedHashMap<>();
            for (Grouping g : EnumSet.of(Grouping.ROLE, Grouping.GRADE, Grouping.ORGANISATION)) {
                labels.put(g.id(), new LinkedHashMap<>());
            }
            for (Layout layout : newestFirst) {
                layout.areas().forEach(a -> areaIndex.computeIfAbsent(a.id(), id -> {
                    areas.add(a);
                    areaTitles.put(a.id(), a.title());
                    return areas.size() - 1;
                }));
                layout.questions().forEach(q -> questionIndex.computeIfAbsent(q.id(), id -> {
                    questions.add(q);
                    return questions.size() - 1;
                }));
                layout.levels().forEach(l -> levelIndex.computeIfAbsent(l.id(), id -> {
                    levels.add(l);
                    return levels.size() - 1;
                }));
                layout.roles().forEach(labels.get("role")::putIfAbsent);
                layout.grades().forEach(labels.get("grade")::putIfAbsent);
                layout.organisations().forEach(labels.get("organisation")::putIfAbsent);
            }
            for (Layout layout : layouts) {
                int[] areaMap = layout.areas().stream().mapToInt(a -> areaIndex.get(a.id())).toArray();
                int[] questionMap = layout.questions().stream().mapToInt(q -> questionIndex.get(q.id())).toArray();
                int[] max = layout.questions().stream().mapToInt(Layout.QuestionInfo::max).toArray();
                int[] questionArea = layout.questions().stream()
                        .mapToInt(q -> areaIndex.getOrDefault(q.areaId(), -1)).toArray();
                int[] part = layout.questions().stream().mapToInt(q -> q.part().ordinal()).toArray();
                int[] levelOfTenths = new int[TENTHS];
                for (int t = 0; t < TENTHS; t++) {
                    Level level = levelFor(layout.levels(), t);
                    levelOfTenths[t] = levelIndex.get(level.id());
                }
                mappings.put(layout.ref(), new Mapping(areaMap, questionMap, max, levelOfTenths, questionArea, part,
                        scaledWeights(layout, CALIBRATION_WEIGHT_DECIMALS),
                        scaledWeights(layout, ANALYSIS_WEIGHT_DECIMALS)));
            }
            for (int a = 0; a < areas.size(); a++) {
                String id = areas.get(a).id();
                List<Integer> items = new ArrayList<>();
                for (int q = 0; q < questions.size(); q++) {
                    if (questions.get(q).areaId().equals(id)) {
                        items.add(q);
                    }
                }
                areaQuestions.add(items.stream().mapToInt(Integer::intValue).toArray());
            }
        }

        /** The mapping of a result's questionnaire, or null when it is not of the view's version. */
        Mapping mapping(QuestionnaireRef ref) {
            return mappings.get(ref);
        }

        /**
         * Weights as whole numbers: each weight × 10^s, where s is the most decimals any weight of the layout
         * has (at most {@code cap}; more are rounded half-up), so that sums and the rounding of percents are
         * exact. A common factor changes no percent, share or correlation.
         */
        private static long[] scaledWeights(Layout layout, int cap) {
            int scale = 0;
            for (Layout.QuestionInfo q : layout.questions()) {
                scale = Math.max(scale, Math.max(0, q.weight().stripTrailingZeros().scale()));
            }
            int s = Math.min(scale, cap);
            return layout.questions().stream()
                    .mapToLong(q -> q.weight().movePointRight(s).setScale(0, RoundingMode.HALF_UP).longValueExact())
                    .toArray();
        }

        private static Level levelFor(List<Level> levels, int tenths) {
            BigDecimal percent = BigDecimal.valueOf(tenths, 1);
            Level found = levels.get(0);
            for (Level level : levels) {
                if (level.minPercent().compareTo(percent) <= 0) {
                    found = level;
                }
            }
            return found;
        }
    }

    /**
     * How a layout's arrays map onto the catalogue: per area its catalogue index; per question its catalogue
     * index, maximum, catalogue area, {@link Layout.Part} ordinal and two scalings of its weight.
     */
    private record Mapping(int[] areas, int[] questions, int[] max, int[] levelOfTenths, int[] questionArea,
                           int[] part, long[] calibrationWeight, long[] analysisWeight) {
    }

    /** Decimals of a weight kept exactly: calibration sums stay small; the analysis squares its sums. */
    private static final int CALIBRATION_WEIGHT_DECIMALS = 9;
    private static final int ANALYSIS_WEIGHT_DECIMALS = 3;
    private static final int NO_CALIBRATION = -1;
    private static final Calibration[] CALIBRATIONS = Calibration.values();
    /** Calibration.THRESHOLD (25.0) in tenths of a percentage point. */
    private static final long THRESHOLD_TENTHS = Calibration.THRESHOLD.movePointRight(1).longValueExact();

    /** Counts, sums and histograms of one group. */
    private final class Tally {
        int count;
        final int[] areaCount = new int[catalogue.areas.size()];
        final long[] areaSum = new long[catalogue.areas.size()];
        final int[][] histogram = new int[catalogue.areas.size()][TENTHS];
        final int[][] levelCount = new int[catalogue.areas.size()][catalogue.levels.size()];
        final int[] questionCount = new int[catalogue.questions.size()];
        final double[] questionShare = new double[catalogue.questions.size()];
        final int[][] calibrationCount = new int[catalogue.areas.size()][CALIBRATIONS.length];
        int objectivesKnown;
        int withObjective;
        int agreed;
        final int[] yearEnd = new int[YearEndStatus.values().length];

        void add(ResultFigures result, Mapping mapping, int[] calibration) {
            count++;
            for (int a = 0; a < calibration.length; a++) {
                if (calibration[a] != NO_CALIBRATION) {
                    calibrationCount[a][calibration[a]]++;
                }
            }
            int code = result.objectiveCode();
            if (code >= 0) {
                objectivesKnown++;
                ObjectiveFacts facts = ObjectiveFacts.unpack(code);
                if (facts.hasObjective()) {
                    withObjective++;
                    if (facts.agreed().orElse(false)) {
                        agreed++;
                    }
                    facts.yearEnd().ifPresent(s -> yearEnd[s.ordinal()]++);
                }
            }
            int areas = Math.min(result.areaCount(), mapping.areas().length);
            for (int i = 0; i < areas; i++) {
                int tenths = result.areaTenths(i);
                if (tenths >= 0) {
                    int a = mapping.areas()[i];
                    areaCount[a]++;
                    areaSum[a] += tenths;
                    histogram[a][tenths]++;
                    levelCount[a][mapping.levelOfTenths()[tenths]]++;
                }
            }
            int questions = Math.min(result.questionCount(), mapping.questions().length);
            for (int i = 0; i < questions; i++) {
                int points = result.questionPoints(i);
                int max = mapping.max()[i];
                if (points >= 0 && max > 0) {
                    int q = mapping.questions()[i];
                    questionCount[q]++;
                    questionShare[q] += (double) points / max;
                }
            }
        }

        void addAll(Tally other) {
            count += other.count;
            for (int a = 0; a < areaCount.length; a++) {
                areaCount[a] += other.areaCount[a];
                areaSum[a] += other.areaSum[a];
                for (int t = 0; t < TENTHS; t++) {
                    histogram[a][t] += other.histogram[a][t];
                }
                for (int l = 0; l < levelCount[a].length; l++) {
                    levelCount[a][l] += other.levelCount[a][l];
                }
                for (int c = 0; c < CALIBRATIONS.length; c++) {
                    calibrationCount[a][c] += other.calibrationCount[a][c];
                }
            }
            objectivesKnown += other.objectivesKnown;
            withObjective += other.withObjective;
            agreed += other.agreed;
            for (int y = 0; y < yearEnd.length; y++) {
                yearEnd[y] += other.yearEnd[y];
            }
            for (int q = 0; q < questionCount.length; q++) {
                questionCount[q] += other.questionCount[q];
                questionShare[q] += other.questionShare[q];
            }
        }

        GroupSummary summary(String key, String label) {
            int min = query.minGroupSize();
            Count groupCount = Count.of(count, min);
            if (groupCount.suppressed()) {
                return new GroupSummary(key, label, groupCount, List.of(), List.of());
            }
            List<AreaSummary> areas = new ArrayList<>();
            for (int a = 0; a < catalogue.areas.size(); a++) {
                Layout.AreaInfo info = catalogue.areas.get(a);
                Count areaCountCell = Count.of(areaCount[a], min);
                if (areaCountCell.suppressed()) {
                    areas.add(new AreaSummary(info.id(), info.title(), info.core(), areaCountCell, Optional.empty(),
                            Optional.empty(), List.of()));
                    continue;
                }
                BigDecimal mean = BigDecimal.valueOf(areaSum[a]).divide(BigDecimal.valueOf(areaCount[a] * 10L), 1,
                        RoundingMode.HALF_UP);
                List<Count> levels = new ArrayList<>();
                for (int l = 0; l < catalogue.levels.size(); l++) {
                    levels.add(Count.of(levelCount[a][l], min));
                }
                withholdComplement(levels, levelCount[a], min);
                areas.add(new AreaSummary(info.id(), info.title(), info.core(), areaCountCell, Optional.of(mean),
                        Optional.of(median(histogram[a], areaCount[a])), levels, calibration(a, min)));
            }
            List<Integer> eligible = new ArrayList<>();
            for (int q = 0; q < questionCount.length; q++) {
                if (questionCount[q] >= min) {
                    eligible.add(q);
                }
            }
            List<QuestionSummary> lowest = eligible.stream()
                    .sorted(Comparator.comparingDouble((Integer q) -> questionShare[q] / questionCount[q])
                            .thenComparingInt(q -> q))
                    .limit(InsightsReport.LOWEST_QUESTIONS)
                    .map(q -> {
                        Layout.QuestionInfo info = catalogue.questions.get(q);
                        BigDecimal percent = BigDecimal.valueOf(questionShare[q] * 100 / questionCount[q])
                                .setScale(1, RoundingMode.HALF_UP);
                        return new QuestionSummary(info.id(), info.areaId(),
                                catalogue.areaTitles.getOrDefault(info.areaId(), info.areaId()), info.text(),
                                questionCount[q], percent);
                    })
                    .toList();
            return new GroupSummary(key, label, groupCount, areas, lowest, Optional.of(objectives(min)));
        }

        /**
         * Over, aligned and under add up, with the area's results that have no calibration, to the shown area
         * count, so they are suppressed as one table (see {@link #partition}). Empty when no one in the
         * area has a calibration (an area without self-ratings or without knowledge questions).
         */
        private List<CalibrationCount> calibration(int a, int min) {
            int[] cells = calibrationCount[a];
            int calibrated = 0;
            for (int c : cells) {
                calibrated += c;
            }
            if (calibrated == 0) {
                return List.of();
            }
            int[] values = {cells[0], cells[1], cells[2], areaCount[a] - calibrated};
            List<Count> counts = partition(values, CALIBRATIONS.length, min);
            List<CalibrationCount> out = new ArrayList<>();
            for (int c = 0; c < CALIBRATIONS.length; c++) {
                out.add(new CalibrationCount(CALIBRATIONS[c], counts.get(c)));
            }
            return out;
        }

        /**
         * Each published count is checked against every shown total it is part of: with an objective against
         * the results known; agreed and the year-end statuses against those with an objective (when that is
         * shown) and against the results known.
         */
        private ObjectivesSummary objectives(int min) {
            Count known = Count.of(objectivesKnown, min);
            if (known.suppressed()) {
                return new ObjectivesSummary(known, known, known, List.of());
            }
            Count with = partition(new int[] {withObjective, objectivesKnown - withObjective}, 1, min).get(0);
            List<Count> agreedCell = partition(new int[] {agreed, objectivesKnown - agreed}, 1, min);
            int reviewed = 0;
            for (int y : yearEnd) {
                reviewed += y;
            }
            int statuses = yearEnd.length;
            int[] ofKnown = java.util.Arrays.copyOf(yearEnd, statuses + 1);
            ofKnown[statuses] = objectivesKnown - reviewed;
            List<Count> yearEndCells = partition(ofKnown, statuses, min);
            if (!with.suppressed()) {
                agreedCell = stricter(agreedCell, partition(new int[] {agreed, withObjective - agreed}, 1, min));
                int[] ofWith = java.util.Arrays.copyOf(yearEnd, statuses + 1);
                ofWith[statuses] = withObjective - reviewed;
                yearEndCells = stricter(yearEndCells, partition(ofWith, statuses, min));
            }
            List<YearEndCount> statusCounts = new ArrayList<>();
            for (YearEndStatus status : YearEndStatus.values()) {
                statusCounts.add(new YearEndCount(status, yearEndCells.get(status.ordinal())));
            }
            return new ObjectivesSummary(known, with, agreedCell.get(0), statusCounts);
        }
    }

    /** Cell by cell, the suppressed one of two suppressions of the same cells. */
    private static List<Count> stricter(List<Count> a, List<Count> b) {
        List<Count> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i).suppressed() ? a.get(i) : b.get(i));
        }
        return out;
    }

    /**
     * Suppression of cells that add up to a shown total when only the first {@code published} are shown and
     * the rest are what is left over (results with no calibration, without an objective, ...). A published
     * cell below the minimum shows "fewer than N", as a level count does. A left-over is never shown, but a
     * reader can work it out from the total and the published cells, so a left-over of 1 to N-1 counts as a
     * suppressed cell (a left-over of 0 picks out no one). Then, as for level counts, when exactly one cell
     * is suppressed, the smallest shown published cell is withheld as well.
     */
    static List<Count> partition(int[] values, int published, int minimum) {
        List<Count> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            int v = values[i];
            cells.add(i < published ? Count.of(v, minimum)
                    : v == 0 || v >= minimum ? new Count.Shown(v) : new Count.FewerThan(minimum));
        }
        if (cells.stream().filter(c -> c instanceof Count.FewerThan).count() == 1) {
            int smallest = -1;
            for (int i = 0; i < published; i++) {
                if (!cells.get(i).suppressed() && (smallest < 0 || values[i] < values[smallest])) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                cells.set(smallest, new Count.Withheld(minimum));
            }
        }
        return List.copyOf(cells.subList(0, published));
    }

    /**
     * Secondary suppression: when exactly one of several cells that add up to a shown total is suppressed,
     * the total minus the others would reveal it, so the smallest shown cell is withheld as well.
     */
    static void withholdComplement(List<Count> cells, int[] values, int minimum) {
        if (cells.stream().filter(c -> c instanceof Count.FewerThan).count() != 1) {
            return;
        }
        int smallest = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).suppressed() && (smallest < 0 || values[i] < values[smallest])) {
                smallest = i;
            }
        }
        if (smallest >= 0) {
            cells.set(smallest, new Count.Withheld(minimum));
        }
    }

    /** 1000 × points / max rounded half-up: a percent to one decimal, in tenths (points, max ≥ 0). */
    static long tenths(long points, long max) {
        return (2000 * points + max) / (2 * max);
    }

    /** The middle value, or the mean of the two middle values, of a histogram of tenths; one decimal. */
    static BigDecimal median(int[] histogram, int n) {
        int lowerRank = (n - 1) / 2;
        int upperRank = n / 2;
        int lower = -1;
        int upper = -1;
        int seen = 0;
        for (int t = 0; t < histogram.length && upper < 0; t++) {
            seen += histogram[t];
            if (lower < 0 && seen > lowerRank) {
                lower = t;
            }
            if (seen > upperRank) {
                upper = t;
            }
        }
        return BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(20), 1, RoundingMode.HALF_UP);
    }

    /**
     * The item analysis of the view (DESIGN.md §3.5), over the results in which every item of an area was
     * answered and none was "n/a" (listwise). Item scores are the weighted points (weights as whole numbers,
     * see {@link Catalogue#scaledWeights}; a common factor changes neither a share nor a correlation), so the
     * sums are exact and a zero variance is exactly zero. Population variances throughout.
     */
    private final class Analysis {
        final int[] listwise = new int[catalogue.areas.size()];
        final long[][] sum = new long[catalogue.areas.size()][];
        final long[][] sumSquares = new long[catalogue.areas.size()][];
        final long[][] sumWithTotal = new long[catalogue.areas.size()][];
        final long[] totalSum = new long[catalogue.areas.size()];
        final long[] totalSquares = new long[catalogue.areas.size()];
        /** One result's item scores in the area being read (scratch). */
        private final long[] scores = new long[catalogue.questions.size()];
        private Mapping indexed;
        private final int[] layoutIndex = new int[catalogue.questions.size()];
        private final int[][] areaPositions = new int[catalogue.areas.size()][];
        private final long[][] areaWeights = new long[catalogue.areas.size()][];

        Analysis() {
            for (int a = 0; a < listwise.length; a++) {
                int k = catalogue.areaQuestions.get(a).length;
                sum[a] = new long[k];
                sumSquares[a] = new long[k];
                sumWithTotal[a] = new long[k];
            }
        }

        void add(ResultFigures result, Mapping mapping) {
            if (mapping != indexed) {
                index(mapping);
            }
            for (int a = 0; a < listwise.length; a++) {
                int[] positions = areaPositions[a];
                long[] weights = areaWeights[a];
                int k = positions.length;
                if (k == 0) {
                    continue;
                }
                long total = 0;
                boolean complete = true;
                for (int j = 0; j < k; j++) {
                    int i = positions[j];
                    int points = i < 0 || i >= result.questionCount() ? ResultFigures.NONE : result.questionPoints(i);
                    if (points < 0) {
                        complete = false;
                        break;
                    }
                    long x = points * weights[j];
                    scores[j] = x;
                    total += x;
                }
                if (!complete) {
                    continue;
                }
                listwise[a]++;
                totalSum[a] += total;
                totalSquares[a] += total * total;
                long[] s = sum[a];
                long[] s2 = sumSquares[a];
                long[] st = sumWithTotal[a];
                for (int j = 0; j < k; j++) {
                    long x = scores[j];
                    s[j] += x;
                    s2[j] += x * x;
                    st[j] += x * total;
                }
            }
        }

        /** Per area, where its items are in this layout's arrays and their scaled weights: read once per layout. */
        private void index(Mapping mapping) {
            java.util.Arrays.fill(layoutIndex, -1);
            for (int i = 0; i < mapping.questions().length; i++) {
                layoutIndex[mapping.questions()[i]] = i;
            }
            for (int a = 0; a < listwise.length; a++) {
                int[] items = catalogue.areaQuestions.get(a);
                areaPositions[a] = new int[items.length];
                areaWeights[a] = new long[items.length];
                for (int j = 0; j < items.length; j++) {
                    int i = layoutIndex[items[j]];
                    areaPositions[a][j] = i;
                    areaWeights[a][j] = i < 0 ? 0 : mapping.analysisWeight()[i];
                }
            }
            indexed = mapping;
        }

        void addAll(Analysis other) {
            for (int a = 0; a < listwise.length; a++) {
                listwise[a] += other.listwise[a];
                totalSum[a] += other.totalSum[a];
                totalSquares[a] += other.totalSquares[a];
                for (int j = 0; j < sum[a].length; j++) {
                    sum[a][j] += other.sum[a][j];
                    sumSquares[a][j] += other.sumSquares[a][j];
                    sumWithTotal[a][j] += other.sumWithTotal[a][j];
                }
            }
        }

        ItemAnalysis finish() {
            List<AreaAnalysis> areas = new ArrayList<>();
            for (int a = 0; a < listwise.length; a++) {
                Layout.AreaInfo info = catalogue.areas.get(a);
                int[] items = catalogue.areaQuestions.get(a);
                int n = listwise[a];
                if (items.length == 0 || n < ItemAnalysis.MINIMUM_RESULTS) {
                    areas.add(AreaAnalysis.tooFew(info.id(), info.title()));
                    continue;
                }
                // n² × variance and n² × covariance, exactly: n·Σxy − Σx·Σy.
                BigInteger bigN = BigInteger.valueOf(n);
                BigInteger totalVar = moment(bigN, totalSquares[a], totalSum[a], totalSum[a]);
                BigInteger itemVarSum = BigInteger.ZERO;
                List<QuestionAnalysis> questions = new ArrayList<>();
                for (int j = 0; j < items.length; j++) {
                    Layout.QuestionInfo q = catalogue.questions.get(items[j]);
                    BigInteger itemVar = moment(bigN, sumSquares[a][j], sum[a][j], sum[a][j]);
                    BigInteger withTotal = moment(bigN, sumWithTotal[a][j], sum[a][j], totalSum[a]);
                    itemVarSum = itemVarSum.add(itemVar);
                    // rest = total − item: var(rest) = var(T) + var(x) − 2cov(x, T); cov(x, rest) = cov(x, T) − var(x)
                    BigInteger restVar = totalVar.add(itemVar).subtract(withTotal.shiftLeft(1));
                    BigInteger withRest = withTotal.subtract(itemVar);
                    Optional<BigDecimal> discrimination = itemVar.signum() == 0 || restVar.signum() == 0
                            ? Optional.empty()
                            : Optional.of(round(withRest.doubleValue()
                                    / Math.sqrt(itemVar.doubleValue() * restVar.doubleValue()), 3));
                    List<AnalysisFlag> flags = discrimination.isPresent()
                            && discrimination.get().compareTo(ItemAnalysis.LOW_DISCRIMINATION) < 0
                            ? List.of(AnalysisFlag.LOW_DISCRIMINATION) : List.of();
                    questions.add(new QuestionAnalysis(q.id(), q.text(), facility(a, j, n, q), discrimination, flags));
                }
                int k = items.length;
                Optional<BigDecimal> alpha = Optional.empty();
                Optional<AnalysisGap> alphaGap = Optional.empty();
                if (k < 2) {
                    alphaGap = Optional.of(AnalysisGap.ONE_QUESTION);
                } else if (totalVar.signum() == 0) {
                    alphaGap = Optional.of(AnalysisGap.NO_VARIATION);
                } else {
                    double ratio = new BigDecimal(itemVarSum).divide(new BigDecimal(totalVar), MathContext.DECIMAL64)
                            .doubleValue();
                    alpha = Optional.of(round((double) k / (k - 1) * (1 - ratio), 3));
                }
                List<AnalysisFlag> areaFlags = alpha.isPresent()
                        && alpha.get().compareTo(ItemAnalysis.LOW_RELIABILITY) < 0
                        ? List.of(AnalysisFlag.LOW_RELIABILITY) : List.of();
                areas.add(new AreaAnalysis(info.id(), info.title(), OptionalInt.of(n), alpha, alphaGap, areaFlags,
                        questions, Optional.empty()));
            }
            return new ItemAnalysis(ItemAnalysis.MINIMUM_RESULTS, areas);
        }

        /** 100 × mean item score / item maximum, both weighted, to one decimal. */
        private BigDecimal facility(int a, int j, int n, Layout.QuestionInfo q) {
            long weight = indexed == null ? 1 : weightOf(q);
            BigInteger max = BigInteger.valueOf(n).multiply(BigInteger.valueOf(q.max()))
                    .multiply(BigInteger.valueOf(weight));
            if (max.signum() == 0) {
                return BigDecimal.ZERO.setScale(1);
            }
            return new BigDecimal(BigInteger.valueOf(sum[a][j]).multiply(BigInteger.valueOf(100)))
                    .divide(new BigDecimal(max), 1, RoundingMode.HALF_UP);
        }

        /** The scaled weight the sums used for this question (the view has one version, so one scaling). */
        private long weightOf(Layout.QuestionInfo q) {
            int c = catalogue.questions.indexOf(q);
            int i = c < 0 ? -1 : layoutIndex[c];
            return i < 0 ? 1 : indexed.analysisWeight()[i];
        }
    }

    /** n·Σxy − Σx·Σy: n² times the population covariance (the variance when x = y). */
    private static BigInteger moment(BigInteger n, long sumProducts, long sumX, long sumY) {
        return n.multiply(BigInteger.valueOf(sumProducts)).subtract(BigInteger.valueOf(sumX).multiply(
                BigInteger.valueOf(sumY)));
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    private final class Accumulator {
        final Tally overall = new Tally();
        final Map<String, Tally> groups = new HashMap<>();
        final Analysis analysis = new Analysis();
        private QuestionnaireRef lastRef;
        private Mapping lastMapping;
        // Scratch space for one result's calibration, reused: a query reads many thousands.
        private final long[] selfPoints = new long[catalogue.areas.size()];
        private final long[] selfMax = new long[catalogue.areas.size()];
        private final long[] knowledgePoints = new long[catalogue.areas.size()];
        private final long[] knowledgeMax = new long[catalogue.areas.size()];
        private final int[] calibration = new int[catalogue.areas.size()];

        void accept(ResultFigures result) {
            if (!query.includes(result.month())) {
                return;
            }
            if (!result.questionnaire().equals(lastRef)) {
                lastMapping = catalogue.mapping(result.questionnaire());
                lastRef = result.questionnaire();
            }
            if (lastMapping == null) {
                return; // another questionnaire version: never mixed into this view
            }
            calibrate(result, lastMapping);
            overall.add(result, lastMapping, calibration);
            analysis.add(result, lastMapping);
            if (query.grouping() != Grouping.NONE) {
                groups.computeIfAbsent(result.groupValue(query.grouping()), k -> new Tally())
                        .add(result, lastMapping, calibration);
            }
        }

        /**
         * Each area's calibration (DESIGN.md §3.2) from the item points: both parts' weighted points and
         * maximum, each part's percent rounded half-up to tenths, and their gap against 25.0. Whole-number
         * arithmetic, so a gap of exactly 25.0 is "over" as in the scorer. Items whose part is not known
         * (layouts stored before parts were kept) give no calibration.
         */
        private void calibrate(ResultFigures result, Mapping mapping) {
            java.util.Arrays.fill(selfPoints, 0);
            java.util.Arrays.fill(selfMax, 0);
            java.util.Arrays.fill(knowledgePoints, 0);
            java.util.Arrays.fill(knowledgeMax, 0);
            int questions = Math.min(result.questionCount(), mapping.questions().length);
            for (int i = 0; i < questions; i++) {
                int points = result.questionPoints(i);
                int a = mapping.questionArea()[i];
                if (points < 0 || a < 0) {
                    continue;
                }
                long w = mapping.calibrationWeight()[i];
                int part = mapping.part()[i];
                if (part == Layout.Part.SELF_RATING.ordinal()) {
                    selfPoints[a] += points * w;
                    selfMax[a] += mapping.max()[i] * w;
                } else if (part == Layout.Part.KNOWLEDGE.ordinal()) {
                    knowledgePoints[a] += points * w;
                    knowledgeMax[a] += mapping.max()[i] * w;
                } else {
                    selfMax[a] = Long.MIN_VALUE / 4; // unknown part: no calibration for this area
                }
            }
            for (int a = 0; a < calibration.length; a++) {
                if (selfMax[a] <= 0 || knowledgeMax[a] <= 0) {
                    calibration[a] = NO_CALIBRATION;
                    continue;
                }
                long gap = tenths(selfPoints[a], selfMax[a]) - tenths(knowledgePoints[a], knowledgeMax[a]);
                calibration[a] = gap >= THRESHOLD_TENTHS ? Calibration.OVER.ordinal()
                        : gap <= -THRESHOLD_TENTHS ? Calibration.UNDER.ordinal() : Calibration.ALIGNED.ordinal();
            }
        }

        Accumulator combine(Accumulator other) {
            analysis.addAll(other.analysis);
            overall.addAll(other.overall);
            other.groups.forEach((key, tally) -> groups.merge(key, tally, (a, b) -> {
                a.addAll(b);
                return a;
            }));
            return this;
        }

        InsightsReport finish() {
            GroupSummary everyone = overall.summary(null, EVERYONE);
            List<GroupSummary> summaries = new ArrayList<>();
            if (query.grouping() != Grouping.NONE) {
                Map<String, String> labels = catalogue.labels.get(query.grouping().id());
                List<String> known = new ArrayList<>(labels.keySet());
                Function<String, String> label = key -> key == null ? NOT_GIVEN : labels.getOrDefault(key, key);
                Comparator<String> order = Comparator
                        .comparingInt((String key) -> key == null ? 2 : known.contains(key) ? 0 : 1)
                        .thenComparingInt(key -> key == null ? 0 : known.indexOf(key))
                        .thenComparing(key -> key == null ? "" : label.apply(key).toLowerCase(Locale.ROOT));
                List<String> keys = groups.keySet().stream().sorted(Comparator.nullsLast(order)).toList();
                keys.forEach(key -> summaries.add(groups.get(key).summary(key, label.apply(key))));
                withholdComplementGroup(summaries, keys);
            }
            return new InsightsReport(query, version, versions, catalogue.areas, catalogue.levels, everyone, summaries,
                    analysis.finish());
        }

        /**
         * Everyone's figures less the shown groups' would reveal a single suppressed group, so the smallest
         * shown group is withheld with it.
         */
        private void withholdComplementGroup(List<GroupSummary> summaries, List<String> keys) {
            Count[] counts = summaries.stream().map(GroupSummary::count).toArray(Count[]::new);
            int[] values = keys.stream().mapToInt(key -> groups.get(key).count).toArray();
            List<Count> cells = new ArrayList<>(List.of(counts));
            withholdComplement(cells, values, query.minGroupSize());
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i) instanceof Count.Withheld withheld) {
                    GroupSummary group = summaries.get(i);
                    summaries.set(i, new GroupSummary(group.key(), group.label(), withheld, List.of(), List.of()));
                }
            }
        }
    }
}
