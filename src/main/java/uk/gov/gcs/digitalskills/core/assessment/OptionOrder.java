package uk.gov.gcs.digitalskills.core.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The order in which a knowledge item's options are shown (DESIGN.md §3.1 {@code shuffle}): shuffled per
 * assessment, so that the keyed answer is not always in the same place, and fixed by the assessment id and the
 * question id alone, so that it never changes on resume, on another computer or in another program.
 *
 * <p>The rule, so that other tools can reproduce it: each option gets the key
 * {@code SHA-256(UTF-8("<assessment id>/<question id>/<option id>"))}, with the assessment id in its lower-case
 * hyphenated form; options are shown in ascending order of that key compared as unsigned bytes (the order of its
 * lower-case hex). Option ids are unique within a question, so there are no ties. Answers stay option ids: the
 * order shown never reaches a file or a score.
 */
public final class OptionOrder {
    private OptionOrder() {
    }

    /**
     * The options in the order to show them: the file's order when {@code shuffle} is false, else the order of
     * the rule above. Always a permutation of {@code options}.
     */
    public static <T> List<T> shown(UUID assessmentId, String questionId, boolean shuffle, List<T> options,
                                    Function<T, String> idOf) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(questionId, "questionId");
        if (!shuffle) {
            return List.copyOf(options);
        }
        List<T> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparing((T option) -> key(assessmentId, questionId, idOf.apply(option))));
        return List.copyOf(sorted);
    }

    /** The option's sort key as lower-case hex, so that string order is the unsigned byte order. */
    static String key(UUID assessmentId, String questionId, String optionId) {
        String input = assessmentId.toString() + "/" + questionId + "/" + optionId;
        return HexFormat.of().formatHex(sha256().digest(input.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's Javadoc), so this cannot happen.
            throw new IllegalStateException(e);
        }
    }
}
