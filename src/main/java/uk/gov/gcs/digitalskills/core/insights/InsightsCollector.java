package uk.gov.gcs.digitalskills.core.insights;

import java.math.BigDecimal;
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
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Stream;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.questionnaire.Versions;

/**
 * Aggregates stored results into an {@link InsightsReport}: a {@link Collector} whose mutable accumulator
 * keeps counts, sums and a histogram of tenths of a percent per area (so medians need no sorting), and whose
 * finisher builds the immutable summaries, suppressing every group and cell below the minimum group size.
 * Results of several questionnaire versions are merged by area and question id.
 */
public final class InsightsCollector {
    /** The label of the group of results that did not give the grouped field. */
    public static final String NOT_GIVEN = "Not given";
    public static final String EVERYONE = "Everyone";
    private static final int TENTHS = 1001;

    private final InsightsQuery query;
    private final Catalogue catalogue;

    private InsightsCollector(Collection<Layout> layouts, InsightsQuery query) {
        this.query = query;
        this.catalogue = new Catalogue(layouts);
    }

    /** A collector over results of the given questionnaire layouts; results outside the period are skipped. */
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
                int[] levelOfTenths = new int[TENTHS];
                for (int t = 0; t < TENTHS; t++) {
                    Level level = levelFor(layout.levels(), t);
                    levelOfTenths[t] = levelIndex.get(level.id());
                }
                mappings.put(layout.ref(), new Mapping(areaMap, questionMap, max, levelOfTenths));
            }
        }

        Mapping mapping(QuestionnaireRef ref) {
            Mapping mapping = mappings.get(ref);
            if (mapping == null) {
                throw new IllegalArgumentException("no layout was given for questionnaire " + ref);
            }
            return mapping;
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

    private record Mapping(int[] areas, int[] questions, int[] max, int[] levelOfTenths) {
    }

    /** Counts, sums and histograms of one group. */
    private final class Tally {
        int count;
        final int[] areaCount = new int[catalogue.areas.size()];
        final long[] areaSum = new long[catalogue.areas.size()];
        final int[][] histogram = new int[catalogue.areas.size()][TENTHS];
        final int[][] levelCount = new int[catalogue.areas.size()][catalogue.levels.size()];
        final int[] questionCount = new int[catalogue.questions.size()];
        final double[] questionShare = new double[catalogue.questions.size()];

        void add(ResultFigures result, Mapping mapping) {
            count++;
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
                        Optional.of(median(histogram[a], areaCount[a])), levels));
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
            return new GroupSummary(key, label, groupCount, areas, lowest);
        }
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

    private final class Accumulator {
        final Tally overall = new Tally();
        final Map<String, Tally> groups = new HashMap<>();
        private QuestionnaireRef lastRef;
        private Mapping lastMapping;

        void accept(ResultFigures result) {
            if (!query.includes(result.month())) {
                return;
            }
            if (!result.questionnaire().equals(lastRef)) {
                lastMapping = catalogue.mapping(result.questionnaire());
                lastRef = result.questionnaire();
            }
            overall.add(result, lastMapping);
            if (query.grouping() != Grouping.NONE) {
                groups.computeIfAbsent(result.groupValue(query.grouping()), k -> new Tally()).add(result, lastMapping);
            }
        }

        Accumulator combine(Accumulator other) {
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
            return new InsightsReport(query, catalogue.areas, catalogue.levels, everyone, summaries);
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
