package uk.gov.gcs.digitalskills.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.app.common.Messages;

/**
 * Every key the app's code names exists in messages.properties, and every key there is used. Keys are
 * found as string literals in the app's sources whose first part is one of the bundle's prefixes (such as
 * {@code "results.heading"}), so always write keys out in full, never build them from pieces.
 */
class MessagesConsistencyTest {
    private static final Path SOURCES = Path.of("src/main/java/uk/gov/gcs/digitalskills/app");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Set<String> NOT_KEYS = Set.of("css", "properties", "json", "png", "pdf", "txt");

    /** A literal ending in a dot and followed by {@code +} starts a family of keys completed from an enum. */
    private static final Pattern FAMILY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*\\.)\"\\s*\\+");

    private static Set<String> keys;
    private static Set<String> literals;
    private static Set<String> families;

    @BeforeAll
    static void read() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream(
                "/" + Messages.BUNDLE.replace('.', '/') + ".properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        keys = new TreeSet<>(bundle.stringPropertyNames());
        Set<String> prefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        literals = new TreeSet<>();
        families = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher family = FAMILY.matcher(Files.readString(file));
                while (family.find()) {
                    families.add(family.group(1));
                }
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    String first = literal.substring(0, literal.indexOf('.'));
                    String last = literal.substring(literal.lastIndexOf('.') + 1);
                    // Ending like a file name ("app.css") is no key, unless the bundle has it ("export.done.pdf").
                    if (prefixes.contains(first) && (!NOT_KEYS.contains(last) || keys.contains(literal))) {
                        literals.add(literal);
                    }
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        assertThat(literals).isNotEmpty();
        assertThat(new TreeSet<>(literals)).as("keys used in code but missing from messages.properties")
                .isSubsetOf(keys);
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> unused = new TreeSet<>(keys);
        unused.removeAll(literals);
        // Families are checked member by member where their enum lives (for example ObjectiveMessagesTest).
        unused.removeIf(key -> families.stream().anyMatch(key::startsWith));
        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
    }

    @Test
    void placeholdersAreWellFormed() {
        Messages messages = Messages.english();
        for (String key : keys) {
            // Formatting with arguments fails on a broken pattern, such as an unmatched brace.
            assertThat(messages.get(key, 1, 2, 3)).as(key).isNotBlank();
        }
    }
}
