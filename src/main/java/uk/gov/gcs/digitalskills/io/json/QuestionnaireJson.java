package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.LearningResource;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Profile;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.Scale;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleQuestion;

/**
 * The questionnaire file as Jackson sees it (DESIGN.md §3.1). Only ever converted after the schema check has
 * passed, so the shapes here can be trusted; {@code toDomain} builds the immutable core records. The
 * schemaVersion 2 fields are read only from version-2 files: in a version-1 file they are unknown fields
 * (tolerated when reading, as a newer minor version's would be) and keep their version-1 meaning.
 */
final class QuestionnaireJson {
    private QuestionnaireJson() {
    }

    static Questionnaire toDomain(JsonNode root) {
        return JsonSupport.mapper().convertValue(root, QuestionnaireDto.class).toDomain();
    }

    /**
     * Misuses of the schemaVersion 2 fields, each with its own message and pointer, for a file that has passed
     * the schema check. They are checked here rather than in {@code QuestionnaireRules} because only the file
     * still says which fields were written: the core records hold the resolved values. Version-1 files have
     * none of these fields (the schema reports them as unknown), so nothing is checked for them.
     */
    static List<Problem> fieldProblems(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        if (root.path("schemaVersion").asInt(1) < 2) {
            return problems;
        }
        boolean scaleHasNotApplicable = root.path("scale").has("notApplicable");
        JsonNode areas = root.path("areas");
        for (int a = 0; a < areas.size(); a++) {
            JsonNode area = areas.get(a);
            String areaPath = "/areas/" + a;
            if (area.path("allowNotApplicable").asBoolean(false) && !scaleHasNotApplicable) {
                problems.add(new Problem(areaPath + "/allowNotApplicable", "area '" + area.path("id").asText()
                        + "' sets allowNotApplicable to true, but the scale has no notApplicable option;"
                        + " add scale.notApplicable or remove allowNotApplicable"));
            }
            JsonNode questions = area.path("questions");
            for (int i = 0; i < questions.size(); i++) {
                JsonNode question = questions.get(i);
                String path = areaPath + "/questions/" + i;
                String id = question.path("id").asText();
                boolean scale = "scale".equals(question.path("type").asText());
                if (scale && question.has("explanation")) {
                    problems.add(new Problem(path + "/explanation", "scale question '" + id + "' has an"
                            + " explanation, but explanations are only for choice and multi questions, which"
                            + " have a best answer to explain; remove it"));
                }
                if (scale && question.has("shuffle")) {
                    problems.add(new Problem(path + "/shuffle", "scale question '" + id + "' has shuffle, but"
                            + " only the options of choice and multi questions are shuffled; the scale keeps its"
                            + " order; remove it"));
                }
                if (question.path("allowNotApplicable").asBoolean(false)) {
                    if (!scale) {
                        problems.add(new Problem(path + "/allowNotApplicable", question.path("type").asText()
                                + " question '" + id + "' sets allowNotApplicable to true, but \"Not relevant"
                                + " to my role\" is only offered for scale questions; remove it"));
                    } else if (!scaleHasNotApplicable) {
                        problems.add(new Problem(path + "/allowNotApplicable", "scale question '" + id
                                + "' sets allowNotApplicable to true, but the scale has no notApplicable option;"
                                + " add scale.notApplicable or remove allowNotApplicable"));
                    }
                }
            }
        }
        return problems;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuestionnaireDto(Integer schemaVersion, String id, String version, String title, String language,
                            ScaleDto scale, List<LevelDto> levels, ProfileDto profile, List<AreaDto> areas) {
        Questionnaire toDomain() {
            int format = schemaVersion == null ? 1 : schemaVersion;
            return new Questionnaire(id, version, title, language, scale.toDomain(),
                    levels.stream().map(LevelDto::toDomain).toList(), profile.toDomain(),
                    areas.stream().map(a -> a.toDomain(format >= 2)).toList(), format);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScaleDto(List<ScaleOptionDto> options, LabelDto notApplicable) {
        Scale toDomain() {
            return new Scale(options.stream().map(o -> new ScaleOption(o.value(), o.label())).toList(),
                    Optional.ofNullable(notApplicable).map(LabelDto::label));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScaleOptionDto(int value, String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LabelDto(String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LevelDto(String id, String label, BigDecimal minPercent) {
        Level toDomain() {
            return new Level(id, label, minPercent);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntryDto(String id, String label) {
        ProfileEntry toDomain() {
            return new ProfileEntry(id, label);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileDto(List<EntryDto> roles, List<EntryDto> grades, List<EntryDto> organisations) {
        Profile toDomain() {
            return new Profile(entries(roles), entries(grades), entries(organisations));
        }

        private static List<ProfileEntry> entries(List<EntryDto> dtos) {
            return dtos.stream().map(EntryDto::toDomain).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AreaDto(String id, String title, String summary, boolean core, List<String> roles,
                   List<QuestionDto> questions, Map<String, String> advice, List<LearningDto> learning,
                   Boolean allowNotApplicable) {
        Area toDomain(boolean version2) {
            // Defaults: an area allows "n/a" unless a version-2 file says otherwise.
            boolean allow = !version2 || allowNotApplicable == null || allowNotApplicable;
            return new Area(id, title, summary, core, roles == null ? List.of() : roles,
                    questions.stream().map(q -> q.toDomain(version2, allow)).toList(), advice,
                    learning == null ? List.of()
                            : learning.stream().map(l -> new LearningResource(l.title(), l.detail())).toList(),
                    allow);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LearningDto(String title, String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuestionDto(String id, String type, String text, String hint, BigDecimal weight,
                       List<OptionDto> options, Boolean allowNotApplicable, String explanation, Boolean shuffle) {
        Question toDomain(boolean version2, boolean areaAllowsNotApplicable) {
            Optional<String> optionalHint = Optional.ofNullable(hint);
            BigDecimal w = weight == null ? BigDecimal.ONE : weight;
            // The question's own value wins over its area's; version-1 files have neither.
            boolean allow = version2 && allowNotApplicable != null ? allowNotApplicable : areaAllowsNotApplicable;
            Optional<String> why = version2 ? Optional.ofNullable(explanation) : Optional.empty();
            boolean shuffled = !version2 || shuffle == null || shuffle;
            return switch (type) {
                case "scale" -> new ScaleQuestion(id, text, optionalHint, w, allow);
                case "choice" -> new ChoiceQuestion(id, text, optionalHint, w, options.stream()
                        .map(o -> new ChoiceOption(o.id(), o.label(), o.score() == null ? 0 : o.score())).toList(),
                        why, shuffled);
                case "multi" -> new MultiQuestion(id, text, optionalHint, w, options.stream()
                        .map(o -> new MultiOption(o.id(), o.label(), Boolean.TRUE.equals(o.correct()))).toList(),
                        why, shuffled);
                default -> throw new IllegalArgumentException("unknown question type " + type);
            };
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OptionDto(String id, String label, Integer score, Boolean correct) {
    }
}
