package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * passed, so the shapes here can be trusted; {@code toDomain} builds the immutable core records.
 */
final class QuestionnaireJson {
    private QuestionnaireJson() {
    }

    static Questionnaire toDomain(JsonNode root) {
        return JsonSupport.mapper().convertValue(root, QuestionnaireDto.class).toDomain();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuestionnaireDto(String id, String version, String title, String language, ScaleDto scale,
                            List<LevelDto> levels, ProfileDto profile, List<AreaDto> areas) {
        Questionnaire toDomain() {
            return new Questionnaire(id, version, title, language, scale.toDomain(),
                    levels.stream().map(LevelDto::toDomain).toList(), profile.toDomain(),
                    areas.stream().map(AreaDto::toDomain).toList());
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
                   List<QuestionDto> questions, Map<String, String> advice, List<LearningDto> learning) {
        Area toDomain() {
            return new Area(id, title, summary, core, roles == null ? List.of() : roles,
                    questions.stream().map(QuestionDto::toDomain).toList(), advice,
                    learning == null ? List.of()
                            : learning.stream().map(l -> new LearningResource(l.title(), l.detail())).toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LearningDto(String title, String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuestionDto(String id, String type, String text, String hint, BigDecimal weight,
                       List<OptionDto> options) {
        Question toDomain() {
            Optional<String> optionalHint = Optional.ofNullable(hint);
            BigDecimal w = weight == null ? BigDecimal.ONE : weight;
            return switch (type) {
                case "scale" -> new ScaleQuestion(id, text, optionalHint, w);
                case "choice" -> new ChoiceQuestion(id, text, optionalHint, w, options.stream()
                        .map(o -> new ChoiceOption(o.id(), o.label(), o.score() == null ? 0 : o.score())).toList());
                case "multi" -> new MultiQuestion(id, text, optionalHint, w, options.stream()
                        .map(o -> new MultiOption(o.id(), o.label(), Boolean.TRUE.equals(o.correct()))).toList());
                default -> throw new IllegalArgumentException("unknown question type " + type);
            };
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OptionDto(String id, String label, Integer score, Boolean correct) {
    }
}
