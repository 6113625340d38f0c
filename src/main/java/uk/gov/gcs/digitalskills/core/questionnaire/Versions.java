package uk.gov.gcs.digitalskills.core.questionnaire;

import java.math.BigInteger;

/** Content versions such as "2026.1" compare part by part, numerically where both parts are numbers. */
public final class Versions {
    private Versions() {
    }

    /** Negative, zero or positive as {@code a} is older than, the same as or newer than {@code b}. */
    public static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int c = l.matches("\\d+") && r.matches("\\d+") ? new BigInteger(l).compareTo(new BigInteger(r))
                    : l.compareTo(r);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
