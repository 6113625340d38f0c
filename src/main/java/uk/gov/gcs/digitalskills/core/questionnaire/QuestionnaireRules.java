package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.gcs.digitalskills.core.Problem;

/**
 * The rules a questionnaire must follow beyond the shape its JSON Schema checks. Each rule has its own
 * message, and every problem is reported, so an author can fix a file in one pass.
 */
public final class QuestionnaireRules {
    private QuestionnaireRules() {
    }

    public static List<Problem> check(Questionnaire q) {
        List<Problem> problems = new ArrayList<>();
        checkScale(q.scale(), problems);
        checkLevels(q.levels(), problems);
        checkProfile(q.profile(), problems);
        checkAreas(q, problems);
        return List.copyOf(problems);
    }

    private static void checkScale(Scale scale, List<Problem> problems) {
        List<ScaleOption> options = scale.options();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).value() != i) {
                problems.add(new Problem("/scale/options/" + i + "/value",
                        "scale values must count up from 0 in steps of 1: expected " + i
                                + " here but found " + options.get(i).value()));
            }
        }
    }

    private static void checkLevels(List<Level> levels, List<Problem> problems) {
        if (levels.isEmpty()) {
            problems.add(new Problem("/levels", "there must be at least one level"));
            return;
        }
        if (levels.get(0).minPercent().compareTo(BigDecimal.ZERO) != 0) {
            problems.add(new Problem("/levels/0/minPercent", "the first level must start at 0"));
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).minPercent().compareTo(levels.get(i - 1).minPercent()) <= 0) {
                problems.add(new Problem("/levels/" + i + "/minPercent",
                        "levels must be in ascending order of minPercent: " + levels.get(i).minPercent()
                                + " is not above " + levels.get(i - 1).minPercent()));
            }
            if (levels.get(i).minPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new Problem("/levels/" + i + "/minPercent", "a level cannot start above 100"));
            }
        }
        duplicates(levels.stream().map(Level::id).toList(), "/levels/", "/id", "level id", problems);
    }

    private static void checkProfile(Profile profile, List<Problem> problems) {
        duplicates(profile.roles().stream().map(ProfileEntry::id).toList(), "/profile/roles/", "/id", "role id",
                problems);
        duplicates(profile.grades().stream().map(ProfileEntry::id).toList(), "/profile/grades/", "/id",
                "grade id", problems);
        duplicates(profile.organisations().stream().map(ProfileEntry::id).toList(), "/profile/organisations/",
                "/id", "organisation id", problems);
    }

    private static void checkAreas(Questionnaire q, List<Problem> problems) {
        if (q.areas().stream().noneMatch(Area::core)) {
            problems.add(new Problem("/areas", "at least one area must be core (\"core\": true)"));
        }
        duplicates(q.areas().stream().map(Area::id).toList(), "/areas/", "/id", "area id", problems);
        Set<String> questionIds = new HashSet<>();
        for (int a = 0; a < q.areas().size(); a++) {
            Area area = q.areas().get(a);
            String areaPath = "/areas/" + a;
            for (int r = 0; r < area.roles().size(); r++) {
                String role = area.roles().get(r);
                if (q.profile().role(role).isEmpty()) {
                    problems.add(new Problem(areaPath + "/roles/" + r,
                            "role '" + role + "' is not one of the roles in profile.roles"));
                }
            }
            for (Level level : q.levels()) {
                if (area.adviceFor(level.id()).isEmpty()) {
                    problems.add(new Problem(areaPath + "/advice",
                            "area '" + area.id() + "' has no advice for level '" + level.id() + "'"));
                }
            }
            for (String key : area.advice().keySet().stream().sorted().toList()) {
                if (q.level(key).isEmpty()) {
                    problems.add(new Problem(areaPath + "/advice/" + key,
                            "advice is given for '" + key + "', which is not a level id"));
                }
            }
            for (int i = 0; i < area.questions().size(); i++) {
                Question question = area.questions().get(i);
                String path = areaPath + "/questions/" + i;
                if (!questionIds.add(question.id())) {
                    problems.add(new Problem(path + "/id",
                            "question id '" + question.id() + "' is used more than once in this file"));
                }
                checkQuestion(question, path, problems);
            }
        }
    }

    private static void checkQuestion(Question question, String path, List<Problem> problems) {
        if (question instanceof ChoiceQuestion choice) {
            if (choice.options().size() < 2) {
                problems.add(new Problem(path + "/options",
                        "choice question '" + choice.id() + "' needs at least 2 options"));
            }
            duplicates(choice.options().stream().map(ChoiceOption::id).toList(), path + "/options/", "/id",
                    "option id", problems);
        } else if (question instanceof MultiQuestion multi) {
            if (multi.correctCount() < 1) {
                problems.add(new Problem(path + "/options",
                        "multi question '" + multi.id() + "' needs at least 1 correct option"));
            }
            duplicates(multi.options().stream().map(MultiOption::id).toList(), path + "/options/", "/id",
                    "option id", problems);
        }
    }

    private static void duplicates(List<String> ids, String prefix, String suffix, String what,
                                   List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                problems.add(new Problem(prefix + i + suffix,
                        what + " '" + ids.get(i) + "' is used more than once"));
            }
        }
    }
}
