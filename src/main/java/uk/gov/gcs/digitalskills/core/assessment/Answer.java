package uk.gov.gcs.digitalskills.core.assessment;

import java.util.List;

/**
 * What someone answered to one question, as stored in a result file: a scale value, a choice option id,
 * a list of option ids, or "not relevant to my role".
 */
public sealed interface Answer permits Answer.ScaleValue, Answer.Choice, Answer.Multi, Answer.NotApplicable {

    record ScaleValue(int value) implements Answer {
    }

    record Choice(String optionId) implements Answer {
    }

    record Multi(List<String> optionIds) implements Answer {
        public Multi {
            optionIds = List.copyOf(optionIds);
        }
    }

    record NotApplicable() implements Answer {
        /** How "not relevant to my role" is written wherever an answer is stored (DESIGN.md §3.4): once, here. */
        public static final String CODE = "n/a";
    }

    NotApplicable NOT_APPLICABLE = new NotApplicable();
}
