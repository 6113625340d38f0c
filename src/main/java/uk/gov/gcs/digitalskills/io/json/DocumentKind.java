package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import uk.gov.gcs.digitalskills.io.BadFileException;

/**
 * The three public file formats. Each names itself in one field and carries a version number; a file from
 * a newer version of the format is refused with a plain message rather than misread.
 */
public enum DocumentKind {
    QUESTIONNAIRE("kind", "questionnaire", "schemaVersion", 2, "questionnaire.schema.json", "questionnaire"),
    TOOLKIT("kind", "objective-toolkit", "schemaVersion", 1, "objective-toolkit.schema.json",
            "objective toolkit"),
    RESULT("format", "gcs-digital-skills-result", "formatVersion", 2, "result.schema.json", "result file");

    /** formatVersion 2 has a schema of its own: version 1 files stay exactly as strict as they were. */
    private static final String RESULT_2_SCHEMA = "result-2.schema.json";

    private final String tagField;
    private final String tag;
    private final String versionField;
    private final int supportedVersion;
    private final String schemaFile;
    private final String description;

    DocumentKind(String tagField, String tag, String versionField, int supportedVersion, String schemaFile,
                 String description) {
        this.tagField = tagField;
        this.tag = tag;
        this.versionField = versionField;
        this.supportedVersion = supportedVersion;
        this.schemaFile = schemaFile;
        this.description = description;
    }

    public String schemaFile() {
        return schemaFile;
    }

    /** The schemas of every version of this format. */
    public List<String> schemaFiles() {
        return this == RESULT ? List.of(schemaFile, RESULT_2_SCHEMA) : List.of(schemaFile);
    }

    /** The schema for this file's own version of the format. */
    public String schemaFile(JsonNode root) {
        JsonNode version = root.get(versionField);
        if (this == RESULT && version != null && version.isIntegralNumber() && version.asLong() == 2) {
            return RESULT_2_SCHEMA;
        }
        return schemaFile;
    }

    /** The newest version of the format this app reads. */
    public int supportedVersion() {
        return supportedVersion;
    }

    public String description() {
        return description;
    }

    /** Which format a parsed file claims to be, refusing files of no known format or of a newer version. */
    public static DocumentKind of(JsonNode root, String file) throws BadFileException {
        if (!root.isObject()) {
            throw new BadFileException(file, "", "expected a JSON object, found " + root.getNodeType().name()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        for (DocumentKind kind : values()) {
            if (kind.tag.equals(root.path(kind.tagField).asText(null))) {
                kind.checkVersion(root, file);
                return kind;
            }
        }
        throw new BadFileException(file, "", "not a questionnaire, objective toolkit or result file"
                + " (expected \"kind\": \"questionnaire\" or \"objective-toolkit\","
                + " or \"format\": \"gcs-digital-skills-result\")");
    }

    /** Checks that the file is this kind, for commands that take only one kind. */
    public void require(JsonNode root, String file) throws BadFileException {
        DocumentKind actual;
        try {
            actual = of(root, file);
        } catch (BadFileException e) {
            if (root.isObject() && !root.has(tagField)) {
                throw new BadFileException(file, "", "not a " + description + " (no \"" + tagField + "\": \""
                        + tag + "\")");
            }
            throw e;
        }
        if (actual != this) {
            throw new BadFileException(file, "/" + actual.tagField,
                    "this is " + article(actual.description) + ", not " + article(description));
        }
    }

    private void checkVersion(JsonNode root, String file) throws BadFileException {
        JsonNode version = root.get(versionField);
        if (version != null && version.isIntegralNumber() && version.asLong() > supportedVersion) {
            throw new BadFileException(file, "/" + versionField, "this " + description + " uses " + versionField
                    + " " + version.asText() + ", which is newer than this app reads (" + supportedVersion
                    + "); update Digital Skills Assessment to open it");
        }
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
