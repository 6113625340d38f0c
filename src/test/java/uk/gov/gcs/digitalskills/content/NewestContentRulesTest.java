package uk.gov.gcs.digitalskills.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveDraft;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveText;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.SmartCheck;
import uk.gov.gcs.digitalskills.core.objective.SmartResult;
import uk.gov.gcs.digitalskills.core.objective.ToolkitRules;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleOption;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.Calibration;
import uk.gov.gcs.digitalskills.core.scoring.PartScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;

/**
 * Holds the NEWEST bundled questionnaire and its toolkit to the content rules of issue 12 (DESIGN.md §3.1,
 * "Content rule for every questionnaire we ship"): knowledge items carry at least half of each core area,
 * no core item offers "Not relevant to my role", every role has a module, every knowledge item explains its
 * answer, the options give no test-taking cue, and guessing or over-rating cannot buy a good level.
 *
 * <p>Unlike {@link ContentRulesTest}, which reads 2026.1 as JSON, this test reads the content through the
 * app's own loader and scores it with the real {@link Scorer}, so it tests what people will actually get.
 * It follows the newest version automatically: a future 2028.1 must pass it too.
 */
@DisplayName("Content rules for the newest bundled questionnaire and toolkit")
class NewestContentRulesTest {
    private static final String QUESTIONNAIRE_ID = "gcs-digital-skills";
    private static final String OTHER_ROLE = "other";
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Role modules are short: enough to say something about the role, not a second questionnaire. */
    private static final int MODULE_MIN_ITEMS = 5;
    private static final int MODULE_MAX_ITEMS = 6;

    /**
     * Option-length cue: if the best option were the strictly longest one by chance alone, that would
     * happen in about 1 item in 4 (four options). Allowing up to a third leaves room for honest wording
     * while catching the 2026.1 pattern (12 of 12).
     */
    private static final double MAX_SHARE_KEY_STRICTLY_LONGEST = 1.0 / 3;
    /** Position cue: with four options a fair spread puts about 25% of keys in each place; 40% is a clear lean. */
    private static final double MAX_SHARE_KEY_IN_ONE_POSITION = 0.40;

    /**
     * Guessing thresholds for the knowledge part. Working starts at 40%. A respondent who knows nothing and
     * guesses, at random or by a cue, should stay clearly below that, so we ask for at most 30%: ten points of
     * margin, which is more than one knowledge item moves an area (one choice item of weight 2 is about
     * 22% of a core area's knowledge part, so no single item can carry a guesser across the line). Random
     * guessing at four options with mostly zero-scoring distractors is expected to give about 25%.
     */
    private static final BigDecimal MAX_GUESSING_KNOWLEDGE_PERCENT = new BigDecimal("30");
    private static final int RANDOM_RESPONDENTS = 200;
    private static final long RANDOM_SEED = 20270101L;

    /** "At most three short sentences": three, none longer than this when filled with the examples. */
    private static final int MAX_OBJECTIVE_SENTENCES = 3;
    private static final int MAX_OBJECTIVE_SENTENCE_WORDS = 36;
    private static final int MAX_QUESTION_WORDS = 25;
    private static final double MAX_AVERAGE_SENTENCE_WORDS = 20.0;

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+");
    /** A number of four or more digits written without a thousands separator (years such as 2027 aside). */
    private static final Pattern UNGROUPED_NUMBER = Pattern.compile("(?<![\\d,.])(?!(19|20)\\d\\d\\b)\\d{4,}\\b");
    /** Wording the December 2026 review asked to retire: old vocabulary, old pages and double scale labels. */
    private static final List<String> RETIRED_PHRASES = List.of("choose all that apply", "tertiary",
            "performance hub", "four ps", "pre-empting", "integrating digital and social media",
            "reach, engagement, action", "reach, reaction", "could show others how", "or with help",
            "native analytics", "action-stage", "evidenced by", "in support of", "strengthen");

    private static Questionnaire questionnaire;
    private static ObjectiveToolkit toolkit;

    /**
     * The newest version among the bundled content and the files in {@code questionnaires/}, read by the app's
     * own loader (the folder as a department's extra content). Reading the folder too means a new version is
     * held to the rules from the moment it is written, before it is added to the bundled list.
     */
    @BeforeAll
    static void load() {
        ContentLibrary library = ContentLibrary.load(new ContentFiles(), Optional.of(Path.of("questionnaires")));
        questionnaire = library.latestQuestionnaire(QUESTIONNAIRE_ID).orElseThrow();
        toolkit = library.toolkitFor(QUESTIONNAIRE_ID).orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Format and structure
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("the newest questionnaire is in schemaVersion 2 and its toolkit is the matching version")
    void newestIsSchemaVersionTwoWithItsOwnToolkit() {
        assertThat(questionnaire.schemaVersion()).isEqualTo(2);
        assertThat(toolkit.version()).as("toolkit version").isEqualTo(questionnaire.version());
        assertThat(ToolkitRules.check(toolkit, Optional.of(questionnaire))).as("toolkit rules").isEmpty();
    }

    @Test
    @DisplayName("in every core area, knowledge items carry at least half of the maximum points, weights included")
    void knowledgeCarriesAtLeastHalfOfEveryCoreArea() {
        List<String> problems = new ArrayList<>();
        for (Area area : coreAreas()) {
            BigDecimal knowledge = BigDecimal.ZERO;
            BigDecimal all = BigDecimal.ZERO;
            for (Question question : area.questions()) {
                BigDecimal max = BigDecimal.valueOf(maxPoints(question)).multiply(question.weight());
                all = all.add(max);
                if (question.knowledge()) {
                    knowledge = knowledge.add(max);
                }
            }
            BigDecimal share = knowledge.divide(all, 4, RoundingMode.HALF_UP);
            if (share.compareTo(HALF) < 0) {
                problems.add(area.id() + ": knowledge items carry " + share + " of the points");
            }
        }
        assertThat(coreAreas()).as("core areas").isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("no item in a core area offers \"Not relevant to my role\"")
    void noCoreItemAllowsNotApplicable() {
        List<String> allowed = new ArrayList<>();
        for (Area area : coreAreas()) {
            if (area.allowNotApplicable()) {
                allowed.add(area.id());
            }
            area.questions().stream().filter(questionnaire::allowsNotApplicable).forEach(q -> allowed.add(q.id()));
        }
        assertThat(allowed).isEmpty();
    }

    @Test
    @DisplayName("every role except 'other' has a module of 5-6 items mixing statements and knowledge items")
    void everyRoleHasAMixedModule() {
        List<String> problems = new ArrayList<>();
        for (ProfileEntry role : questionnaire.profile().roles()) {
            if (role.id().equals(OTHER_ROLE)) {
                continue;
            }
            List<Area> modules = questionnaire.areas().stream()
                    .filter(a -> !a.core() && a.roles().contains(role.id())).toList();
            if (modules.isEmpty()) {
                problems.add(role.id() + ": no role module");
            }
            for (Area module : modules) {
                int size = module.questions().size();
                long knowledge = module.questions().stream().filter(Question::knowledge).count();
                if (size < MODULE_MIN_ITEMS || size > MODULE_MAX_ITEMS) {
                    problems.add(module.id() + ": has " + size + " items");
                }
                if (knowledge == 0 || knowledge == size) {
                    problems.add(module.id() + ": does not mix statements and knowledge items");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("every knowledge item explains its best answer, and no hint repeats an answer")
    void knowledgeItemsExplainAndHintsDoNotGiveTheAnswer() {
        List<String> problems = new ArrayList<>();
        for (Question question : knowledgeItems()) {
            Function<Question, Optional<String>> explanation = q -> q instanceof ChoiceQuestion c
                    ? c.explanation() : ((MultiQuestion) q).explanation();
            if (explanation.apply(question).filter(text -> !text.isBlank()).isEmpty()) {
                problems.add(question.id() + ": no explanation");
            }
            String hint = question.hint().orElse("").toLowerCase();
            for (String keyed : keyedLabels(question)) {
                if (!hint.isEmpty() && hint.contains(keyed.toLowerCase())) {
                    problems.add(question.id() + ": the hint contains the answer '" + keyed + "'");
                }
            }
            if (question instanceof MultiQuestion && !hint.startsWith("select all that apply")) {
                problems.add(question.id() + ": a multi item's hint should start 'Select all that apply'");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("every choice item has one best answer, and no other option scores more than half of it")
    void partialCreditIsModest() {
        List<String> problems = new ArrayList<>();
        for (ChoiceQuestion choice : choiceItems()) {
            int best = choice.maxScore();
            long atBest = choice.options().stream().filter(o -> o.score() == best).count();
            if (atBest != 1) {
                problems.add(choice.id() + ": " + atBest + " options share the best score");
            }
            choice.options().stream().filter(o -> o.score() != best && 2 * o.score() > best)
                    .forEach(o -> problems.add(choice.id() + "." + o.id() + ": partial credit " + o.score()));
        }
        assertThat(problems).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Test-taking cues
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("the best option is the strictly longest (or shortest) in at most a third of choice items")
    void bestOptionIsNotSystematicallyTheLongest() {
        List<ChoiceQuestion> choices = choiceItems();
        List<String> longest = choices.stream().filter(c -> {
            ChoiceOption key = key(c);
            return c.options().stream().filter(o -> o != key)
                    .allMatch(o -> o.label().length() < key.label().length());
        }).map(ChoiceQuestion::id).toList();
        assertThat((double) longest.size() / choices.size())
                .as("share of choice items whose key is the longest option: %s", longest)
                .isLessThanOrEqualTo(MAX_SHARE_KEY_STRICTLY_LONGEST);
        // Over-correcting is a cue too: a key that is always the shortest is as easy to spot.
        List<String> shortest = choices.stream().filter(c -> {
            ChoiceOption key = key(c);
            return c.options().stream().filter(o -> o != key)
                    .allMatch(o -> o.label().length() > key.label().length());
        }).map(ChoiceQuestion::id).toList();
        assertThat((double) shortest.size() / choices.size())
                .as("share of choice items whose key is the shortest option: %s", shortest)
                .isLessThanOrEqualTo(MAX_SHARE_KEY_STRICTLY_LONGEST);
    }

    @Test
    @DisplayName("keyed positions are spread: no position holds more than 40% of the keys")
    void keyedPositionsAreSpread() {
        List<ChoiceQuestion> choices = choiceItems();
        Map<Integer, Integer> byPosition = new HashMap<>();
        choices.forEach(c -> byPosition.merge(c.options().indexOf(key(c)), 1, Integer::sum));
        byPosition.forEach((position, count) -> assertThat((double) count / choices.size())
                .as("share of keys at position %d (%s)", position, byPosition)
                .isLessThanOrEqualTo(MAX_SHARE_KEY_IN_ONE_POSITION));
    }

    @Test
    @DisplayName("in multi items the correct options are mixed among the wrong ones, not listed first")
    void correctMultiOptionsAreNotAllFirst() {
        List<String> problems = new ArrayList<>();
        for (MultiQuestion multi : multiItems()) {
            int correct = multi.correctCount();
            boolean allFirst = multi.options().subList(0, correct).stream().allMatch(MultiOption::correct);
            if (allFirst) {
                problems.add(multi.id() + ": its " + correct + " correct options come first");
            }
            if (correct * 2 > multi.options().size()) {
                // Otherwise ticking everything scores: correct minus incorrect would be above zero.
                problems.add(multi.id() + ": more than half of its options are correct");
            }
        }
        assertThat(problems).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Strategies, scored with the real scorer
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("top self-ratings with the worst knowledge answers: no core area above Working, all flagged over")
    void anOverRaterIsNotRewarded() {
        for (String role : roleIds()) {
            Map<String, Answer> answers = answers(role, NewestContentRulesTest::worst, new Random(0));
            ScoreReport report = Scorer.score(questionnaire, role, answers);
            assertThat(report.complete()).as("complete for %s", role).isTrue();
            for (AreaScore area : report.areas()) {
                if (!area.core()) {
                    continue;
                }
                assertThat(area.percent().orElseThrow()).as("%s percent for %s", area.areaId(), role)
                        .isLessThan(new BigDecimal("65"));
                assertThat(area.level().orElseThrow().id()).as("%s level for %s", area.areaId(), role)
                        .isIn("awareness", "working");
                assertThat(area.calibration()).as("%s calibration for %s", area.areaId(), role)
                        .contains(Calibration.OVER);
            }
            assertThat(report.overall().orElseThrow().level().id()).as("overall level for %s", role)
                    .isIn("awareness", "working");
        }
    }

    @Test
    @DisplayName("always the longest option: the knowledge part stays at or below 30%")
    void alwaysLongestScoresLow() {
        assertGuessingScoresLow("always longest", NewestContentRulesTest::longest);
    }

    @Test
    @DisplayName("always the first options: the knowledge part stays at or below 30%")
    void alwaysFirstScoresLow() {
        assertGuessingScoresLow("always first", NewestContentRulesTest::first);
    }

    @Test
    @DisplayName("ticking every option of a multi item (first option of a choice item) stays at or below 30%")
    void tickEverythingScoresLow() {
        assertGuessingScoresLow("tick everything", NewestContentRulesTest::everything);
    }

    @Test
    @DisplayName("seeded random guessing: the mean knowledge part of 200 guessers stays at or below 30%")
    void randomGuessingScoresLow() {
        Random random = new Random(RANDOM_SEED);
        BigDecimal core = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (int i = 0; i < RANDOM_RESPONDENTS; i++) {
            KnowledgePercents percents = knowledgePercents(NewestContentRulesTest::random, random);
            core = core.add(percents.core());
            all = all.add(percents.allAreas());
        }
        BigDecimal n = BigDecimal.valueOf(RANDOM_RESPONDENTS);
        assertThat(core.divide(n, 1, RoundingMode.HALF_UP)).as("mean core knowledge percent")
                .isLessThanOrEqualTo(MAX_GUESSING_KNOWLEDGE_PERCENT);
        assertThat(all.divide(n, 1, RoundingMode.HALF_UP)).as("mean knowledge percent over all areas")
                .isLessThanOrEqualTo(MAX_GUESSING_KNOWLEDGE_PERCENT);
    }

    @Test
    @DisplayName("the best answers do score full marks (so the strategy tests measure the strategies, not the content)")
    void theBestAnswersScoreFullMarks() {
        KnowledgePercents best = knowledgePercents(NewestContentRulesTest::best, new Random(0));
        assertThat(best.core()).isEqualByComparingTo(HUNDRED);
        assertThat(best.allAreas()).isEqualByComparingTo(HUNDRED);
    }

    private void assertGuessingScoresLow(String strategy, Strategy pick) {
        KnowledgePercents percents = knowledgePercents(pick, new Random(0));
        assertThat(percents.core()).as("%s: core knowledge percent", strategy)
                .isLessThanOrEqualTo(MAX_GUESSING_KNOWLEDGE_PERCENT);
        assertThat(percents.allAreas()).as("%s: knowledge percent over every area", strategy)
                .isLessThanOrEqualTo(MAX_GUESSING_KNOWLEDGE_PERCENT);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Plain English
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("questions are 25 words or fewer; scale labels say how often, one idea each")
    void questionsAreShortAndScaleLabelsSayOneThing() {
        List<String> problems = new ArrayList<>();
        allQuestions().stream().filter(q -> words(q.text()) > MAX_QUESTION_WORDS)
                .forEach(q -> problems.add(q.id() + ": " + words(q.text()) + " words"));
        for (ScaleOption option : questionnaire.scale().options()) {
            String label = option.label();
            if (label.contains(",") || label.matches("(?i).*\\b(and|or)\\b.*") || words(label) > 2) {
                problems.add("scale label '" + label + "' says more than how often");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("hints and advice average 20 words a sentence or fewer; each level's advice is 2-4 sentences")
    void hintsAndAdviceUseShortSentences() {
        List<String> problems = new ArrayList<>();
        for (Area area : questionnaire.areas()) {
            for (Question question : area.questions()) {
                question.hint().filter(h -> averageSentenceWords(h) > MAX_AVERAGE_SENTENCE_WORDS)
                        .ifPresent(h -> problems.add(question.id() + " hint: " + h));
            }
            for (var level : questionnaire.levels()) {
                String advice = area.adviceFor(level.id()).orElse("");
                int sentences = SENTENCE_BREAK.split(advice.strip()).length;
                if (advice.isBlank() || sentences < 2 || sentences > 4
                        || averageSentenceWords(advice) > MAX_AVERAGE_SENTENCE_WORDS) {
                    problems.add(area.id() + " advice for " + level.id() + ": " + advice);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("text uses thousands separators and none of the wording the review retired")
    void textFollowsHouseStyle() {
        List<String> problems = new ArrayList<>();
        for (Area area : questionnaire.areas()) {
            List<String> texts = new ArrayList<>(List.of(area.title(), area.summary()));
            texts.addAll(area.advice().values());
            area.learning().forEach(l -> texts.add(l.title() + " " + l.detail()));
            for (Question question : area.questions()) {
                texts.add(question.text());
                question.hint().ifPresent(texts::add);
                texts.addAll(keyedLabels(question));
                optionLabels(question).forEach(texts::add);
            }
            for (String text : texts) {
                Matcher number = UNGROUPED_NUMBER.matcher(text);
                if (number.find()) {
                    problems.add(area.id() + ": '" + number.group() + "' needs a thousands separator in: " + text);
                }
                String lower = text.toLowerCase();
                RETIRED_PHRASES.stream().filter(lower::contains)
                        .forEach(phrase -> problems.add(area.id() + ": retired wording '" + phrase + "' in: " + text));
            }
        }
        assertThat(problems).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Toolkit
    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("each template, filled with its examples, is at most three short sentences with grouped numbers")
    void filledTemplatesAreAtMostThreeShortSentences() {
        List<String> problems = new ArrayList<>();
        for (ObjectiveTemplate template : toolkit.templates()) {
            String text = ObjectiveText.example(template, LocalDate.of(2028, 3, 31));
            List<String> sentences = List.of(SENTENCE_BREAK.split(text.strip()));
            if (sentences.size() > MAX_OBJECTIVE_SENTENCES) {
                problems.add(template.id() + ": " + sentences.size() + " sentences: " + text);
            }
            sentences.stream().filter(s -> words(s) > MAX_OBJECTIVE_SENTENCE_WORDS)
                    .forEach(s -> problems.add(template.id() + ": a sentence of " + words(s) + " words: " + s));
            Matcher number = UNGROUPED_NUMBER.matcher(text);
            if (number.find()) {
                problems.add(template.id() + ": '" + number.group() + "' printed without a separator: " + text);
            }
            if (text.contains("{")) {
                problems.add(template.id() + ": a placeholder is left: " + text);
            }
            String lower = text.toLowerCase();
            RETIRED_PHRASES.stream().filter(lower::contains)
                    .forEach(phrase -> problems.add(template.id() + ": retired wording '" + phrase + "' in: " + text));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("each template's examples pass the SMART check as they stand, with no stretch to confirm")
    void templateExamplesPassTheSmartCheck() {
        LocalDate today = LocalDate.of(2027, 5, 4);
        List<String> problems = new ArrayList<>();
        for (ObjectiveTemplate template : toolkit.templates()) {
            Map<String, String> values = new LinkedHashMap<>();
            template.fields().forEach(f -> values.put(f.id(), f.example()));
            values.put("deadline", "2028-03-31");
            SmartResult result = SmartCheck.check(template, ObjectiveDraft.of(values), today);
            if (!result.allPassed() || result.stretchTarget()) {
                problems.add(template.id() + ": " + result.findings());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("the toolkit has templates for every core area at every level, every role module and every role")
    void toolkitCoversEveryAreaAndRole() {
        List<String> problems = new ArrayList<>();
        for (Area area : questionnaire.areas()) {
            List<ObjectiveTemplate> templates = toolkit.templates().stream()
                    .filter(t -> t.area().equals(area.id())).toList();
            if (templates.isEmpty()) {
                problems.add(area.id() + ": no template");
            }
            if (area.core()) {
                questionnaire.levels().stream()
                        .filter(level -> templates.stream().noneMatch(t -> t.levels().contains(level.id())))
                        .forEach(level -> problems.add(area.id() + ": no template for " + level.id()));
            }
        }
        for (ProfileEntry role : questionnaire.profile().roles()) {
            if (!role.id().equals(OTHER_ROLE)
                    && toolkit.templates().stream().noneMatch(t -> t.roles().contains(role.id()))) {
                problems.add(role.id() + ": no template for this role");
            }
        }
        assertThat(problems).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Strategies and helpers
    // ------------------------------------------------------------------------------------------------------------

    /** How a strategy answers one knowledge item. */
    @FunctionalInterface
    private interface Strategy {
        Answer answer(Question question, Random random);
    }

    private record KnowledgePercents(BigDecimal core, BigDecimal allAreas) {
    }

    /** Scale items all at the top, knowledge items by the strategy, for every area the role sees. */
    private static Map<String, Answer> answers(String role, Strategy strategy, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Area area : questionnaire.areasFor(role)) {
            for (Question question : area.questions()) {
                answers.put(question.id(), question.knowledge() ? strategy.answer(question, random)
                        : new Answer.ScaleValue(questionnaire.scale().maxValue()));
            }
        }
        return answers;
    }

    /**
     * The knowledge part a strategy earns: the real scorer's overall knowledge percent over the core areas,
     * and the knowledge points of every area (each scored once, by a role that sees it) pooled together.
     */
    private static KnowledgePercents knowledgePercents(Strategy strategy, Random random) {
        Map<String, PartScore> byArea = new LinkedHashMap<>();
        BigDecimal core = null;
        for (String role : roleIds()) {
            ScoreReport report = Scorer.score(questionnaire, role, answers(role, strategy, random));
            if (core == null) {
                core = report.overall().orElseThrow().knowledgePercent().orElseThrow();
            }
            report.areas().forEach(area -> byArea.putIfAbsent(area.areaId(), area.knowledge()));
        }
        BigDecimal points = byArea.values().stream().map(PartScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = byArea.values().stream().map(PartScore::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new KnowledgePercents(core, points.multiply(HUNDRED).divide(max, 1, RoundingMode.HALF_UP));
    }

    private static Answer best(Question question, Random random) {
        if (question instanceof ChoiceQuestion choice) {
            return new Answer.Choice(key(choice).id());
        }
        return new Answer.Multi(((MultiQuestion) question).options().stream().filter(MultiOption::correct)
                .map(MultiOption::id).toList());
    }

    /** The lowest-scoring option; in a multi item, every wrong option and no right one. */
    private static Answer worst(Question question, Random random) {
        if (question instanceof ChoiceQuestion choice) {
            return new Answer.Choice(choice.options().stream().min(Comparator.comparingInt(ChoiceOption::score))
                    .orElseThrow().id());
        }
        return new Answer.Multi(((MultiQuestion) question).options().stream().filter(o -> !o.correct())
                .map(MultiOption::id).toList());
    }

    /** The longest option (the first of equals); in a multi item, the longer half of the options. */
    private static Answer longest(Question question, Random random) {
        if (question instanceof ChoiceQuestion choice) {
            ChoiceOption pick = choice.options().get(0);
            for (ChoiceOption option : choice.options()) {
                if (option.label().length() > pick.label().length()) {
                    pick = option;
                }
            }
            return new Answer.Choice(pick.id());
        }
        List<MultiOption> options = ((MultiQuestion) question).options();
        return new Answer.Multi(options.stream()
                .sorted(Comparator.comparingInt((MultiOption o) -> o.label().length()).reversed())
                .limit(half(options.size())).map(MultiOption::id).toList());
    }

    /** The first option; in a multi item, the first half of the options. */
    private static Answer first(Question question, Random random) {
        if (question instanceof ChoiceQuestion choice) {
            return new Answer.Choice(choice.options().get(0).id());
        }
        List<MultiOption> options = ((MultiQuestion) question).options();
        return new Answer.Multi(options.stream().limit(half(options.size())).map(MultiOption::id).toList());
    }

    private static Answer everything(Question question, Random random) {
        if (question instanceof ChoiceQuestion choice) {
            return new Answer.Choice(choice.options().get(0).id());
        }
        return new Answer.Multi(((MultiQuestion) question).options().stream().map(MultiOption::id).toList());
    }

    /** One option at random; in a multi item, each option ticked on a coin toss. */
    private static Answer random(Question question, Random random) {
        if (question instanceof ChoiceQuestion choice) {
            return new Answer.Choice(choice.options().get(random.nextInt(choice.options().size())).id());
        }
        List<MultiOption> options = ((MultiQuestion) question).options();
        return new Answer.Multi(IntStream.range(0, options.size()).filter(i -> random.nextBoolean())
                .mapToObj(i -> options.get(i).id()).toList());
    }

    private static int half(int size) {
        return (size + 1) / 2;
    }

    private static List<String> roleIds() {
        return questionnaire.profile().roles().stream().map(ProfileEntry::id).toList();
    }

    private static List<Area> coreAreas() {
        return questionnaire.areas().stream().filter(Area::core).toList();
    }

    private static List<Question> allQuestions() {
        return questionnaire.areas().stream().flatMap(a -> a.questions().stream()).toList();
    }

    private static List<Question> knowledgeItems() {
        return allQuestions().stream().filter(Question::knowledge).toList();
    }

    private static List<ChoiceQuestion> choiceItems() {
        return allQuestions().stream().filter(ChoiceQuestion.class::isInstance).map(ChoiceQuestion.class::cast)
                .toList();
    }

    private static List<MultiQuestion> multiItems() {
        return allQuestions().stream().filter(MultiQuestion.class::isInstance).map(MultiQuestion.class::cast)
                .toList();
    }

    private static ChoiceOption key(ChoiceQuestion choice) {
        return choice.options().stream().filter(o -> o.score() == choice.maxScore()).findFirst().orElseThrow();
    }

    private static int maxPoints(Question question) {
        if (question instanceof ChoiceQuestion choice) {
            return choice.maxScore();
        }
        if (question instanceof MultiQuestion multi) {
            return multi.correctCount();
        }
        return questionnaire.scale().maxValue();
    }

    private static List<String> keyedLabels(Question question) {
        if (question instanceof ChoiceQuestion choice) {
            return List.of(key(choice).label());
        }
        if (question instanceof MultiQuestion multi) {
            return multi.options().stream().filter(MultiOption::correct).map(MultiOption::label).toList();
        }
        return List.of();
    }

    private static List<String> optionLabels(Question question) {
        if (question instanceof ChoiceQuestion choice) {
            return choice.options().stream().map(ChoiceOption::label).toList();
        }
        if (question instanceof MultiQuestion multi) {
            return multi.options().stream().map(MultiOption::label).toList();
        }
        return List.of();
    }

    private static double averageSentenceWords(String text) {
        return (double) words(text) / SENTENCE_BREAK.split(text.strip()).length;
    }

    private static int words(String text) {
        return (int) java.util.Arrays.stream(text.strip().split("\\s+"))
                .filter(token -> token.chars().anyMatch(Character::isLetterOrDigit)).count();
    }
}
