package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.gov.gcs.digitalskills.core.Problem;

/**
 * Checks files against the JSON Schemas in {@code questionnaires/schema/}, which ship inside the jar. Each
 * schema is compiled once per JVM, on first use (reading only bundled content needs none, issue 15), and
 * shared by every check on any thread: a compiled schema is immutable.
 */
public final class SchemaCheck {
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    /** Compiles the schemas of every version of the result file now, as {@code report} does on its second core. */
    public static void prepareResults() {
        for (String file : DocumentKind.RESULT.schemaFiles()) {
            schema(file);
        }
    }

    /** Every way the file breaks its schema, unknown fields included: what {@code validate} reports. */
    public List<Problem> check(DocumentKind kind, JsonNode root) {
        return check(kind, root, false);
    }

    /**
     * As {@link #check(DocumentKind, JsonNode)}, optionally tolerating unknown fields, so that a file
     * written by a newer minor version of the format can still be read.
     */
    public List<Problem> check(DocumentKind kind, JsonNode root, boolean tolerateUnknownFields) {
        List<Error> errors = schema(kind.schemaFile(root)).validate(root);
        return errors.stream()
                .filter(e -> !(tolerateUnknownFields && "additionalProperties".equals(e.getKeyword())))
                .map(e -> new Problem(e.getInstanceLocation().toString(), readable(e)))
                .distinct()
                .toList();
    }

    private static Schema schema(String file) {
        return SCHEMAS.computeIfAbsent(file, k -> {
            String resource = "/questionnaires/schema/" + file;
            try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the schema " + resource + " is missing from the app");
                }
                return Registry.INSTANCE.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The validator's registry, made when the first schema is compiled (a holder class: thread-safe, lazy). */
    private static final class Registry {
        static final SchemaRegistry INSTANCE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    }

    /** The validator's message without the location it repeats at the front. */
    private static String readable(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        return message;
    }
}
