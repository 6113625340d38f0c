package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.cli.ResultFiles.AWARENESS;
import static uk.gov.gcs.digitalskills.cli.ResultFiles.EXPERT;
import static uk.gov.gcs.digitalskills.cli.ResultFiles.PRACTITIONER;
import static uk.gov.gcs.digitalskills.cli.ResultFiles.WORKING;
import static uk.gov.gcs.digitalskills.cli.ResultFiles.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {
    @TempDir
    Path dir;

    private ResultFiles allAnswered(String role, ResultFiles.Strength planning, ResultFiles.Strength objectives,
                                    ResultFiles.Strength measurement) {
        ResultFiles result = ResultFiles.forRole(role).area("planning", planning)
                .area("objective-setting", objectives).area("measurement-insight", measurement)
                .area("engaging-online", AWARENESS);
        if (!role.equals("strategic-communication") && !role.equals("other")) {
            result.area(role.equals("policy-official") ? "policy-engagement" : role, AWARENESS);
        }
        return result;
    }

    private Run suggest(Path result, String... more) {
        List<String> args = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString(), "suggest",
                result.toString()));
        args.addAll(List.of(more));
        ResultFiles.Run run = run(args.toArray(String[]::new));
        return new Run(run.code(), run.out(), run.err(), run.code() == 0 ? run.json() : null);
    }

    private record Run(int code, String out, String err, JsonNode json) {
    }

    private static List<String> templateIds(JsonNode out) {
        List<String> ids = new ArrayList<>();
        out.get("suggestions").forEach(s -> ids.add(s.get("templateId").asText()));
        return ids;
    }

    @Test
    void suggestsTheTemplatesForTheLowestCoreAreaAtThePersonsLevel() {
        Path result = allAnswered("strategic-communication", PRACTITIONER, PRACTITIONER, WORKING)
                .write(dir, "a.dsa.json");

        Run run = suggest(result, "--today", "2026-05-01");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode out = run.json();
        assertThat(out.get("questionnaire").get("id").asText()).isEqualTo("gcs-digital-skills");
        assertThat(out.get("questionnaire").get("version").asText()).isEqualTo("2026.1");
        assertThat(templateIds(out)).containsExactly("measurement-insight.outcome-evaluation",
                "measurement-insight.test-and-learn");
        JsonNode first = out.get("suggestions").get(0);
        assertThat(first.get("area").asText()).isEqualTo("measurement-insight");
        assertThat(first.get("title").asText()).isEqualTo("Measure what your content led people to do");
        assertThat(first.get("deadline").asText()).isEqualTo("2027-03-31");
        assertThat(first.get("text").asText())
                .startsWith("By 31 March 2027, for my work on the department's social media accounts aimed at ")
                .doesNotContain("{").doesNotContain("2027-03-31");
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("templateId", "area", "title", "text", "deadline");
    }

    @Test
    void roleSpecificTemplatesComeFirst() {
        Path result = allAnswered("press-office", PRACTITIONER, PRACTITIONER, WORKING).write(dir, "press.dsa.json");

        Run run = suggest(result, "--today", "2026-05-01");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(templateIds(run.json())).containsExactly("measurement-insight.press-coverage-outcomes",
                "measurement-insight.outcome-evaluation", "measurement-insight.test-and-learn");
    }

    @Test
    void aTieGoesToTheAreaFirstInTheQuestionnaireAndNonCoreAreasDoNotCount() {
        // Planning and measurement have the same shape, so the same answers give the same percent (61.7).
        // Engaging online is far lower but is not a core area.
        Path result = allAnswered("strategic-communication", WORKING, EXPERT, WORKING).write(dir, "tie.dsa.json");

        Run run = suggest(result, "--today", "2026-05-01");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(templateIds(run.json())).containsExactly("planning.one-page-plan",
                "planning.insight-led-channels");
        assertThat(run.json().get("suggestions").get(0).get("area").asText()).isEqualTo("planning");
    }

    @Test
    void fallsBackToTheNextLowestCoreAreaWhenTheLowestHasNoTemplateForTheLevel() throws IOException {
        // A department's newer toolkit that has nothing for measurement at Working level.
        ObjectNode toolkit = ResultFiles.TOOLKIT.deepCopy();
        toolkit.put("version", "2026.2");
        ArrayNode templates = (ArrayNode) toolkit.get("templates");
        for (int i = templates.size() - 1; i >= 0; i--) {
            JsonNode t = templates.get(i);
            boolean measurementWorking = t.get("area").asText().equals("measurement-insight")
                    && t.get("levels").toString().contains("\"working\"");
            if (measurementWorking) {
                templates.remove(i);
            }
        }
        Path content = Files.createDirectories(dir.resolve("data").resolve("questionnaires"));
        ResultFiles.JSON.writeValue(content.resolve("department-objectives.json").toFile(), toolkit);
        Path result = allAnswered("strategic-communication", EXPERT, PRACTITIONER, WORKING).write(dir, "f.dsa.json");

        Run run = suggest(result, "--today", "2026-05-01");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(templateIds(run.json())).containsExactly("objective-setting.smart-every-activity",
                "objective-setting.staged-objectives");
    }

    @Test
    void anIncompleteResultIsSuggestedFromWhatIsAnswered() {
        // Measurement is not answered at all; planning only in part (2 of 12 points: Awareness).
        Path result = ResultFiles.forRole("other").partly("planning", AWARENESS, 3)
                .area("objective-setting", WORKING).write(dir, "incomplete.dsa.json");

        Run run = suggest(result, "--today", "2026-05-01");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(templateIds(run.json())).containsExactly("planning.one-page-plan");
    }

    @Test
    void nothingAnsweredGivesAnEmptyList() {
        Path result = ResultFiles.forRole("other").write(dir, "empty.dsa.json");

        Run run = suggest(result, "--today", "2026-05-01");

        assertThat(run.code()).isZero();
        assertThat(run.json().get("suggestions")).isEmpty();
    }

    @Test
    void theDefaultDeadlineFollowsTheDayGiven() {
        Path result = allAnswered("other", WORKING, EXPERT, EXPERT).write(dir, "d.dsa.json");

        JsonNode lastDay = suggest(result, "--today", "2026-03-31").json().get("suggestions").get(0);
        assertThat(lastDay.get("deadline").asText()).isEqualTo("2026-03-31");
        assertThat(lastDay.get("text").asText()).startsWith("By 31 March 2026, ");

        JsonNode firstDay = suggest(result, "--today", "2026-04-01").json().get("suggestions").get(0);
        assertThat(firstDay.get("deadline").asText()).isEqualTo("2027-03-31");
    }

    @Test
    void badInputIsExplainedWithExitCode1() {
        Run missing = suggest(dir.resolve("nowhere.dsa.json"));
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nowhere.dsa.json");

        Path wrongOption = ResultFiles.forRole("other").area("planning", WORKING)
                .raw("planning.scenario-small-announcement", TextNode.valueOf("z")).write(dir, "bad.dsa.json");
        Run bad = suggest(wrongOption);
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("bad.dsa.json").contains("planning.scenario-small-announcement");
        assertThat(bad.out()).isEmpty();

        Path notJson = dir.resolve("broken.dsa.json");
        ResultFiles.writeString(notJson, "{ not json");
        assertThat(suggest(notJson).code()).isEqualTo(1);
    }

    @Test
    void aBadDateIsAUsageError() {
        Path result = allAnswered("other", WORKING, EXPERT, EXPERT).write(dir, "u.dsa.json");
        assertThat(suggest(result, "--today", "31/03/2026").code()).isEqualTo(2);
    }

    @Test
    void theQuestionnaireOptionIsHonoured() {
        Path result = allAnswered("other", WORKING, EXPERT, EXPERT).write(dir, "q.dsa.json");
        Path questionnaire = Path.of("questionnaires", "gcs-digital-skills.json").toAbsolutePath();
        Run run = suggest(result, "--questionnaire", questionnaire.toString(), "--today", "2026-05-01");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(templateIds(run.json())).containsExactly("planning.one-page-plan", "planning.insight-led-channels");
    }
}
