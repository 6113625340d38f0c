package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.gov.gcs.digitalskills.io.BadFileException;
import uk.gov.gcs.digitalskills.io.PlainReasons;

/** One configured Jackson mapper for every file the app reads and writes, and parsing with plain errors. */
public final class JsonSupport {
    /** Generous for any real questionnaire or result, small enough that a hostile file cannot exhaust memory. */
    public static final int MAX_NESTING_DEPTH = 64;
    public static final long MAX_DOCUMENT_LENGTH = 10L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build());
    }

    private JsonSupport() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a whole file as a JSON tree; bad JSON is reported with its line and column. */
    public static JsonNode readTree(Path file) throws BadFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return readTree(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new BadFileException(file.toString(), "", "file not found");
        } catch (IOException e) {
            throw new BadFileException(file.toString(), "", "could not be read (" + PlainReasons.of(e) + ")");
        }
    }

    public static JsonNode readTree(InputStream in, String name) throws BadFileException {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new BadFileException(name, "", "the file is empty; expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new BadFileException(name, "", "not valid JSON: " + where + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadFileException(name, "", "could not be read (" + PlainReasons.of(e) + ")");
        }
    }

    /** A field's text, or null when it is absent or JSON null (readers call this once the schema has passed). */
    static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** An array's items as text; an absent array gives an empty list. */
    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.asText());
        }
        return values;
    }

    /** The JSON as text, for printing. */
    public static String writeString(JsonNode node) {
        return new String(write(node), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static byte[] write(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
