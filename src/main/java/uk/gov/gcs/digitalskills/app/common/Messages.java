package uk.gov.gcs.digitalskills.app.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every user-facing string of the app, from {@code messages.properties} (en-GB first; Welsh later). */
public final class Messages {
    public static final String BUNDLE = "uk.gov.gcs.digitalskills.app.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static Messages english() {
        return new Messages(Locale.UK);
    }

    /** The text for a key, with {0}-style placeholders filled in. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Locale locale() {
        return locale;
    }
}
