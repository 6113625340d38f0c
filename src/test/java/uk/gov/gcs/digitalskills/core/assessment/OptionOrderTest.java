package uk.gov.gcs.digitalskills.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OptionOrderTest {
    private static final List<String> OPTIONS = List.of("a", "b", "c", "d", "e", "f");
    private static final UUID ASSESSMENT = UUID.fromString("6d1f4c1e-2b1a-4c55-9a57-0c5a1f1e9b01");

    private static List<String> shown(UUID assessment, String question, boolean shuffle) {
        return OptionOrder.shown(assessment, question, shuffle, OPTIONS, Function.identity());
    }

    @Test
    void isAPermutationOfTheOptions() {
        for (int i = 0; i < 50; i++) {
            List<String> shown = shown(UUID.randomUUID(), "planning.q" + i, true);
            assertThat(shown).hasSameSizeAs(OPTIONS).containsExactlyInAnyOrderElementsOf(OPTIONS);
        }
    }

    @Test
    void isTheSameOnEveryCallAndAfterARestart() {
        List<String> first = shown(ASSESSMENT, "planning.scenario-channel", true);
        // A "restart": the same ids, rebuilt from their text as a resumed draft rebuilds them from the store.
        List<String> again = shown(UUID.fromString(ASSESSMENT.toString()),
                new String("planning.scenario-channel"), true);
        assertThat(again).isEqualTo(first);
        // Pinned, so that a change to the documented rule (which other tools reproduce) cannot go unnoticed:
        // worked out with `printf %s "<id>/planning.scenario-channel/<option>" | sha256sum`, sorted.
        assertThat(first).containsExactly("b", "c", "d", "e", "a", "f");
    }

    @Test
    void theKeyIsTheHexOfSha256OfTheDocumentedString() {
        // sha256("6d1f4c1e-2b1a-4c55-9a57-0c5a1f1e9b01/q/a"), from `printf %s ... | sha256sum`.
        assertThat(OptionOrder.key(ASSESSMENT, "q", "a")).isEqualTo(EXPECTED_KEY);
    }

    private static final String EXPECTED_KEY =
            "71cb09fc4a21e4bcfdd8e708f3a3ce092512ba91163442e48ad12e6e802ae6c6";

    @Test
    void differsBetweenAssessmentsAndBetweenQuestions() {
        Set<List<String>> orders = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            orders.add(shown(UUID.randomUUID(), "planning.scenario-channel", true));
        }
        // 720 possible orders: 20 assessments showing one order would mean the assessment id is ignored.
        assertThat(orders).hasSizeGreaterThan(10);
        Set<List<String>> byQuestion = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            byQuestion.add(shown(ASSESSMENT, "planning.q" + i, true));
        }
        assertThat(byQuestion).hasSizeGreaterThan(10);
    }

    @Test
    void withoutShuffleTheFileOrderIsKept() {
        for (int i = 0; i < 10; i++) {
            assertThat(shown(UUID.randomUUID(), "q" + i, false)).isEqualTo(OPTIONS);
        }
    }

    @Test
    void worksOnAnyOptionTypeByItsId() {
        record Option(String id, String label) {
        }
        List<Option> options = OPTIONS.stream().map(id -> new Option(id, "Label " + id)).toList();
        List<String> ids = OptionOrder.shown(ASSESSMENT, "q", true, options, Option::id).stream()
                .map(Option::id).toList();
        assertThat(ids).isEqualTo(shown(ASSESSMENT, "q", true));
    }
}
