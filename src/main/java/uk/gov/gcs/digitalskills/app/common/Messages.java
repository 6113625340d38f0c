package uk.gov.gcs.digitalskills.app.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every user-facing string of the app, from {@code messages.properties} (en-GB first; Welsh later). */
public final class Messages {
    public static final String BUNDLE = "uk.gov.gcs.digitalskills.app.messages";

    /**
     * Properties files only, and no search for files that are not there: {@code messages.properties} is en-GB,
     * so English needs no other file. Every class or file that is looked for and not found is looked for in each
     * jar on the class path, which opens all of them (their directories read and indexed): the default search
     * (classes and files for en_GB, en and the default locale) cost the first window tens of milliseconds.
     */
    private static final ResourceBundle.Control PROPERTIES = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return locale.getLanguage().equals("en") ? List.of(Locale.ROOT) : super.getCandidateLocales(baseName, locale);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, PROPERTIES);
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
