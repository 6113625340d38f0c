package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.forms.form.element.InputField;
import com.itextpdf.forms.form.element.Radio;
import com.itextpdf.forms.form.element.TextArea;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.contrast.ColorContrastChecker;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.validation.IValidationChecker;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.FloatPropertyValue;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfua.PdfUAConfig;
import com.itextpdf.pdfua.PdfUADocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.SmartNotes;
import uk.gov.gcs.digitalskills.core.objective.TemplateField;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;

/**
 * The appraisal PDF (issue 6): A4, PDF/UA-1, fonts embedded, the result file attached as
 * {@value EmbeddedResult#NAME}. One instance can write any number of reports; it is safe to share between
 * threads because each report gets its own document.
 */
public final class AppraisalReport {
    static final Color TEXT = new DeviceRgb(0x0b, 0x0c, 0x0c);
    static final Color SECONDARY = new DeviceRgb(0x50, 0x5a, 0x5f);
    static final Color BLUE = new DeviceRgb(0x1d, 0x70, 0xb8);
    static final Color BORDER = new DeviceRgb(0xb1, 0xb4, 0xb6);
    static final Color LIGHT = new DeviceRgb(0xf3, 0xf2, 0xf1);

    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 62;
    private static final float MARGIN_BOTTOM = 64;
    private static final float BODY = 10.5f;

    /** Which template fields show under each SMART letter, in order. */
    private static final Map<String, List<String>> SMART_FIELDS = new LinkedHashMap<>();

    static {
        SMART_FIELDS.put("specific", List.of("action", "channel", "audience"));
        SMART_FIELDS.put("measurable", List.of("metric", "baseline", "target", "evidence"));
        SMART_FIELDS.put("achievable", List.of());
        SMART_FIELDS.put("relevant", List.of("objective"));
        SMART_FIELDS.put("timeBound", List.of("deadline"));
    }

    private final String version;
    private final ReportText text = new ReportText();

    /** @param generatorVersion the app's version, printed in every page's footer */
    public AppraisalReport(String generatorVersion) {
        this.version = Objects.requireNonNull(generatorVersion);
    }

    /**
     * Writes the report for a complete result.
     *
     * @param result     the record with its questionnaire and scores; must be complete
     * @param template   the objective's template, for its field labels and SMART notes, when known
     * @param resultFile the result file's bytes, embedded unchanged as {@value EmbeddedResult#NAME}
     * @throws IllegalArgumentException when the result is incomplete
     */
    public void write(ScoredResult result, Optional<ObjectiveTemplate> template, byte[] resultFile,
                      OutputStream out) throws IOException {
        if (!result.scores().complete()) {
            throw new IllegalArgumentException("a report needs a complete result; "
                    + result.scores().unanswered().size() + " questions are unanswered");
        }
        try {
            new Writer(printable(result), template, resultFile, out).write();
        } catch (com.itextpdf.kernel.exceptions.PdfException e) {
            // iText wraps the stream's IOException (a full disk, say); hand it back so callers can explain it.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
    }

    /**
     * The result with every character the bundled font cannot draw, in what the person typed, shown as "?":
     * PDF/UA forbids missing glyphs, and a name in another script must not stop the report. The embedded
     * result file keeps the text exactly as typed.
     */
    static ScoredResult printable(ScoredResult result) {
        AssessmentRecord r = result.record();
        Respondent who = r.respondent();
        Map<String, String> evidence = new LinkedHashMap<>();
        r.evidence().forEach((area, text) -> evidence.put(area, printable(text)));
        Optional<DigitalObjective> objective = r.objective().map(o -> {
            Map<String, String> values = new LinkedHashMap<>();
            o.values().forEach((field, value) -> values.put(field, printable(value)));
            return new DigitalObjective(o.templateId(), values, printable(o.text()), o.deadline());
        });
        AssessmentRecord shown = new AssessmentRecord(r.assessmentId(), r.questionnaire(),
                new Respondent(printable(who.name()), who.role(), who.grade(), printable(who.organisation())),
                r.startedAt(), r.completedAt(), r.answers(), evidence, objective);
        return new ScoredResult(shown, result.questionnaire(), result.scores());
    }

    static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean drawable = Character.isWhitespace(c) || (Fonts.REGULAR.getGlyph(c) != null
                    && Fonts.BOLD.getGlyph(c) != null);
            out.append(drawable ? Character.toString(c) : "?");
        });
        return out.toString();
    }

    /** The report as bytes; see {@link #write}. */
    public byte[] toBytes(ScoredResult result, Optional<ObjectiveTemplate> template, byte[] resultFile) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
        try {
            write(result, template, resultFile, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Fonts are parsed once per JVM; each document embeds a subset of them. */
    private static final class Fonts {
        static final FontProgram REGULAR = load("DSASans-Regular.ttf");
        static final FontProgram BOLD = load("DSASans-Bold.ttf");

        private static FontProgram load(String name) {
            try (InputStream in = AppraisalReport.class.getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " is missing from this build");
                }
                return FontProgramFactory.createFont(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A PDF/UA document without iText's colour-contrast checker: that checker (a WCAG check, not part of
     * PDF/UA-1) reparses every page and took about a fifth of the time, and the report's few colours are fixed
     * and all at least 4.5:1 against their background.
     */
    private static final class ReportDocument extends PdfUADocument {
        ReportDocument(PdfWriter writer, PdfUAConfig config) {
            super(writer, config);
        }

        @Override
        protected List<IValidationChecker> createCheckers(PdfUAConformance conformance) {
            List<IValidationChecker> checkers = new ArrayList<>(super.createCheckers(conformance));
            checkers.removeIf(ColorContrastChecker.class::isInstance);
            return checkers;
        }
    }

    /** One report being written. */
    private final class Writer {
        private final AssessmentRecord record;
        private final Questionnaire questionnaire;
        private final ScoreReport scores;
        private final Optional<ObjectiveTemplate> template;
        private final byte[] resultFile;
        private final OutputStream out;
        private final List<String[]> bookmarks = new ArrayList<>();
        private PdfFont regular;
        private PdfFont bold;

        Writer(ScoredResult result, Optional<ObjectiveTemplate> template, byte[] resultFile, OutputStream out) {
            this.record = result.record();
            this.questionnaire = result.questionnaire();
            this.scores = result.scores();
            this.template = template;
            this.resultFile = resultFile.clone();
            this.out = out;
        }

        void write() throws IOException {
            String title = text.get("document.title", displayName());
            // The fillable fields need the whole regular font embedded (a manager may type anything); deflating
            // its 400 KB is most of the time, and the fastest level costs only about 8% in file size.
            WriterProperties properties = new WriterProperties().setFullCompressionMode(true)
                    .setCompressionLevel(CompressionConstants.BEST_SPEED);
            PdfUADocument pdf = new ReportDocument(new PdfWriter(out, properties),
                    new PdfUAConfig(PdfUAConformance.PDF_UA_1, title, "en-GB"));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(title);
            info.setCreator(text.get("brand") + " " + version);
            info.setSubject(text.get("heading.subtitle"));
            regular = PdfFontFactory.createFont(Fonts.REGULAR, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            bold = PdfFontFactory.createFont(Fonts.BOLD, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);

            Document document = new Document(pdf, PageSize.A4, false);
            document.setMargins(MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM, MARGIN_X);
            document.setFont(regular).setFontSize(BODY).setFontColor(TEXT);
            titleBlock(document);
            summary(document, pdf);
            strengths(document);
            advice(document);
            objective(document);
            lastPage(document);
            attach(pdf);
            decoratePages(document, pdf);
            outlines(pdf);
            document.close();
        }

        // ---- sections ----

        private void titleBlock(Document document) {
            document.add(new Paragraph(text.get("heading.subtitle")).setFontSize(15).setFontColor(SECONDARY)
                    .setMargin(0).setMarginBottom(2));
            document.add(heading(StandardRoles.H1, text.get("heading.title"), "title").setFontSize(26)
                    .setMarginTop(0).setMarginBottom(10));
            Respondent who = record.respondent();
            Table table = keyValueTable();
            keyValue(table, text.get("about.name"), displayName());
            keyValue(table, text.get("about.role"), label(questionnaire.profile().roles(), who.role()));
            keyValue(table, text.get("about.grade"), label(questionnaire.profile().grades(), who.grade()));
            keyValue(table, text.get("about.organisation"),
                    label(questionnaire.profile().organisations(), who.organisation()));
            keyValue(table, text.get("about.completed"), record.completedAt()
                    .map(t -> ReportText.date(t.toLocalDate())).orElse(text.get("about.notCompleted")));
            keyValue(table, text.get("about.questionnaire"), text.get("about.questionnaireValue",
                    questionnaire.title(), questionnaire.version()));
            document.add(table);
        }

        private void summary(Document document, PdfUADocument pdf) {
            document.add(sectionHeading("summary.heading", "summary"));
            if (scores.overall().isPresent()) {
                var overall = scores.overall().get();
                Paragraph big = new Paragraph()
                        .add(new Text(text.get("summary.overall", ReportText.percent(overall.percent()),
                                overall.level().label())).setFont(bold).setFontSize(17))
                        .setMargin(0).setMarginBottom(4);
                String coreTitles = String.join(", ", scores.areas().stream().filter(AreaScore::core)
                        .map(AreaScore::title).toList());
                Div panel = new Div().add(big)
                        .add(new Paragraph(text.get("summary.overallExplained", coreTitles)).setMargin(0)
                                .setFontColor(TEXT))
                        .setBackgroundColor(LIGHT).setBorderLeft(new SolidBorder(BLUE, 6))
                        .setPaddings(10, 14, 10, 16).setMarginBottom(10);
                document.add(panel);
            } else {
                document.add(body(text.get("summary.noOverall")));
            }

            Table table = new Table(UnitValue.createPercentArray(new float[] {56, 18, 26})).useAllAvailableWidth()
                    .setMarginTop(2).setMarginBottom(12);
            table.getAccessibilityProperties().setAlternateDescription(null);
            table.addHeaderCell(headerCell(text.get("table.area"), "Column", TextAlignment.LEFT));
            table.addHeaderCell(headerCell(text.get("table.score"), "Column", TextAlignment.RIGHT));
            table.addHeaderCell(headerCell(text.get("table.level"), "Column", TextAlignment.LEFT));
            for (AreaScore area : scores.areas()) {
                Paragraph name = new Paragraph(area.title()).setMargin(0);
                if (area.core()) {
                    name.add(new Text("  " + text.get("table.core")).setFontColor(SECONDARY).setFontSize(9));
                }
                table.addCell(rowHeaderCell(name));
                table.addCell(cell(new Paragraph(area.percent().map(p -> ReportText.percent(p) + "%")
                        .orElse("\u2013")).setMargin(0).setTextAlignment(TextAlignment.RIGHT)));
                table.addCell(cell(new Paragraph(area.level().map(Level::label)
                        .orElse(text.get("table.notScored"))).setMargin(0)));
            }
            document.add(table);

            BarChart chart = new BarChart(scores, questionnaire.levels(), regular, bold);
            float width = PageSize.A4.getWidth() - 2 * MARGIN_X;
            PdfFormXObject drawing = chart.draw(pdf, width);
            Image figure = new Image(drawing);
            figure.getAccessibilityProperties().setRole(StandardRoles.FIGURE)
                    .setAlternateDescription(chartAlt());
            Div block = new Div().add(figure).add(new Paragraph(text.get("chart.caption", String.join(", ",
                    questionnaire.levels().stream().map(l -> text.get("summary.levelFrom", l.label(),
                            l.minPercent().toPlainString())).toList()))).setFontSize(9)
                    .setFontColor(SECONDARY).setMargin(0).setMarginTop(4)).setKeepTogether(true);
            block.getAccessibilityProperties().setRole(null);
            document.add(block);
        }

        private String chartAlt() {
            List<String> items = new ArrayList<>();
            for (AreaScore area : scores.areas()) {
                items.add(area.scored()
                        ? text.get("chart.altItem", area.title(), ReportText.percent(area.percent().get()),
                                area.level().get().label())
                        : text.get("chart.altNotScored", area.title()));
            }
            return text.get("chart.alt", String.join("; ", items));
        }

        private void strengths(Document document) {
            document.add(sectionHeading("strengths.heading", "strengths"));
            List<AreaScore> strongest = scores.strongestFirst();
            if (strongest.size() < 2) {
                document.add(body(text.get("strengths.none")));
                return;
            }
            List<AreaScore> strengths = strongest.subList(0, 2);
            List<AreaScore> develop = scores.weakestFirst().stream().filter(a -> !strengths.contains(a))
                    .limit(2).toList();
            document.add(subHeading(text.get("strengths.strengths")));
            document.add(areaList(strengths));
            if (!develop.isEmpty()) {
                document.add(subHeading(text.get("strengths.develop")));
                document.add(areaList(develop));
            }
        }

        private com.itextpdf.layout.element.List areaList(List<AreaScore> areas) {
            com.itextpdf.layout.element.List list = new com.itextpdf.layout.element.List()
                    .setListSymbol("\u2022").setSymbolIndent(10).setMarginLeft(6).setMarginBottom(6);
            for (AreaScore area : areas) {
                ListItem item = new ListItem();
                item.add(new Paragraph(text.get("strengths.item", area.title(),
                        ReportText.percent(area.percent().get()), area.level().get().label()))
                        .setMargin(0).setMarginBottom(3));
                list.add(item);
            }
            return list;
        }

        private void advice(Document document) {
            document.add(sectionHeading("advice.heading", "advice"));
            for (AreaScore score : scores.areas()) {
                Area area = questionnaire.area(score.areaId()).orElseThrow();
                Div block = new Div().setKeepTogether(true).setMarginBottom(4);
                block.getAccessibilityProperties().setRole(null);
                block.add(subHeading(area.title()));
                if (score.scored()) {
                    Level level = score.level().get();
                    Paragraph advice = body("").add(new Text(text.get("advice.level", level.label(),
                            ReportText.percent(score.percent().get())) + " ").setFont(bold));
                    area.adviceFor(level.id()).ifPresent(advice::add);
                    block.add(advice);
                } else {
                    block.add(body(text.get("advice.notScored")));
                }
                String evidence = record.evidence().get(area.id());
                if (evidence != null && !evidence.isBlank()) {
                    block.add(inset(new Paragraph().setMargin(0).setMultipliedLeading(1.25f)
                            .add(new Text(text.get("advice.evidence") + " ").setFont(bold))
                            .add(evidence.strip()), BORDER));
                } else {
                    block.add(body(text.get("advice.noEvidence")).setFontColor(SECONDARY).setFontSize(9.5f));
                }
                document.add(block);
            }
        }

        private void objective(Document document) {
            document.add(sectionHeading("objective.heading", "objective"));
            Optional<DigitalObjective> chosen = record.objective();
            if (chosen.isEmpty()) {
                document.add(body(text.get("objective.notSet")));
                return;
            }
            DigitalObjective objective = chosen.get();
            Div statement = new Div().setKeepTogether(true);
            statement.getAccessibilityProperties().setRole(null);
            statement.add(body(text.get("objective.intro")).setMarginBottom(6));
            statement.add(inset(new Paragraph(objective.text()).setFontSize(12.5f).setMargin(0)
                    .setMultipliedLeading(1.3f), BLUE));
            objective.deadline().ifPresent(d -> statement.add(new Paragraph(text.get("objective.deadline",
                    ReportText.date(d))).setFont(bold).setMarginTop(0).setMarginBottom(8)));
            document.add(statement);

            Table table = new Table(UnitValue.createPercentArray(new float[] {18, 44, 38})).useAllAvailableWidth()
                    .setMarginBottom(12);
            table.addHeaderCell(headerCell(text.get("smart.part"), "Column", TextAlignment.LEFT));
            table.addHeaderCell(headerCell(text.get("smart.says"), "Column", TextAlignment.LEFT));
            table.addHeaderCell(headerCell(text.get("smart.why"), "Column", TextAlignment.LEFT));
            Optional<SmartNotes> notes = template.map(ObjectiveTemplate::smart);
            for (Map.Entry<String, List<String>> part : SMART_FIELDS.entrySet()) {
                table.addCell(rowHeaderCell(new Paragraph(text.get("smart." + part.getKey())).setMargin(0)
                        .setFont(bold)));
                Div says = new Div();
                for (String fieldId : part.getValue()) {
                    String value = objective.values().get(fieldId);
                    if (value != null && !value.isBlank()) {
                        says.add(new Paragraph(text.get("smart.fieldValue", fieldLabel(fieldId),
                                displayValue(fieldId, value.strip()))).setMargin(0).setMarginBottom(2));
                    }
                }
                if (says.getChildren().isEmpty()) {
                    says.add(new Paragraph(text.get("smart.nothing")).setMargin(0).setFontColor(SECONDARY));
                }
                table.addCell(cell(says));
                String note = notes.map(n -> note(n, part.getKey())).filter(s -> s != null && !s.isBlank())
                        .orElse(text.get("smart.noNote"));
                table.addCell(cell(new Paragraph(note).setMargin(0)));
            }
            document.add(table);
        }

        private String fieldLabel(String fieldId) {
            return template.flatMap(t -> t.field(fieldId)).map(TemplateField::label)
                    .orElse(Character.toUpperCase(fieldId.charAt(0)) + fieldId.substring(1));
        }

        private String displayValue(String fieldId, String value) {
            if ("deadline".equals(fieldId)) {
                try {
                    return ReportText.date(java.time.LocalDate.parse(value));
                } catch (java.time.format.DateTimeParseException e) {
                    return value;
                }
            }
            return value;
        }

        private String note(SmartNotes notes, String letter) {
            return switch (letter) {
                case "specific" -> notes.specific();
                case "measurable" -> notes.measurable();
                case "achievable" -> notes.achievable();
                case "relevant" -> notes.relevant();
                default -> notes.timeBound();
            };
        }

        /** Checkpoints and the line manager's part, kept together so the manager's fields never split. */
        private void lastPage(Document document) {
            Div checkpoints = new Div().setKeepTogether(true);
            checkpoints.getAccessibilityProperties().setRole(null);
            checkpoints.add(sectionHeading("checkpoints.heading", "checkpoints"));
            checkpoints.add(body(text.get("checkpoints.intro")));
            Table table = new Table(UnitValue.createPercentArray(new float[] {24, 18, 58})).useAllAvailableWidth()
                    .setMarginBottom(8);
            table.addHeaderCell(headerCell(text.get("checkpoints.checkpoint"), "Column", TextAlignment.LEFT));
            table.addHeaderCell(headerCell(text.get("checkpoints.date"), "Column", TextAlignment.LEFT));
            table.addHeaderCell(headerCell(text.get("checkpoints.notes"), "Column", TextAlignment.LEFT));
            for (String row : List.of("checkpoints.mid", "checkpoints.end")) {
                table.addCell(rowHeaderCell(new Paragraph(text.get(row)).setFont(bold).setMargin(0))
                        .setMinHeight(72));
                table.addCell(cell(new Paragraph("").setMargin(0)));
                table.addCell(cell(new Paragraph("").setMargin(0)));
            }
            checkpoints.add(table);
            document.add(checkpoints);

            Div manager = new Div().setKeepTogether(true);
            manager.getAccessibilityProperties().setRole(null);
            manager.add(sectionHeading("manager.heading", "manager"));
            manager.add(body(text.get("manager.intro")));
            manager.add(formLabel("manager.comments"));
            TextArea comments = new TextArea("manager-comments");
            comments.setInteractive(true);
            comments.setAlternativeDescription(text.get("manager.commentsName"));
            comments.setFont(regular).setFontSize(BODY);
            comments.setHeight(90);
            comments.setWidth(PageSize.A4.getWidth() - 2 * MARGIN_X);
            formBorder(comments);
            manager.add(comments);

            manager.add(formLabel("manager.agreed"));
            Paragraph agreed = new Paragraph().setMargin(0).setMarginBottom(8);
            for (String choice : List.of("Yes", "No")) {
                Radio radio = new Radio("objective-agreed-" + choice.toLowerCase(java.util.Locale.ROOT),
                        "objective-agreed");
                radio.setInteractive(true);
                radio.setAlternativeDescription(text.get("manager.agreed" + choice + "Name"));
                radio.setSize(13);
                radio.setBorder(new SolidBorder(TEXT, 1.2f));
                agreed.add(radio);
                agreed.add(new Text("  " + text.get("manager.agreed" + choice) + "          "));
            }
            manager.add(agreed);

            Div nameBlock = new Div().add(formLabel("manager.name")).setWidth(300);
            nameBlock.setProperty(Property.FLOAT, FloatPropertyValue.LEFT);
            nameBlock.getAccessibilityProperties().setRole(null);
            InputField name = new InputField("manager-name");
            name.setInteractive(true);
            name.setAlternativeDescription(text.get("manager.name"));
            name.setFont(regular).setFontSize(BODY);
            name.setWidth(260).setHeight(24);
            formBorder(name);
            nameBlock.add(name);
            manager.add(nameBlock);
            Div dateBlock = new Div().add(formLabel("manager.date")).setWidth(170);
            dateBlock.setProperty(Property.FLOAT, FloatPropertyValue.LEFT);
            dateBlock.getAccessibilityProperties().setRole(null);
            InputField date = new InputField("manager-date");
            date.setInteractive(true);
            date.setAlternativeDescription(text.get("manager.date"));
            date.setFont(regular).setFontSize(BODY);
            date.setWidth(160).setHeight(24);
            formBorder(date);
            dateBlock.add(date);
            manager.add(dateBlock);
            document.add(manager);
        }

        private void formBorder(com.itextpdf.forms.form.element.FormField<?> field) {
            field.setBorder(new SolidBorder(TEXT, 1.2f));
        }

        private Paragraph formLabel(String key) {
            return new Paragraph(text.get(key)).setFont(bold).setMargin(0).setMarginTop(8).setMarginBottom(4);
        }

        private void attach(PdfUADocument pdf) {
            PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, resultFile,
                    text.get("attachment.description"), EmbeddedResult.NAME, new PdfName("application/json"),
                    null, PdfName.Data);
            pdf.addFileAttachment(EmbeddedResult.NAME, spec);
        }

        /** The blue rule at the top and the footer of every page, both artifacts (not read aloud). */
        private void decoratePages(Document document, PdfUADocument pdf) {
            int pages = pdf.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                PdfPage page = pdf.getPage(i);
                Rectangle size = page.getPageSize();
                PdfCanvas canvas = new PdfCanvas(page);
                canvas.openTag(new CanvasArtifact());
                canvas.saveState().setFillColor(BLUE).rectangle(0, size.getTop() - 10, size.getWidth(), 10).fill()
                        .setStrokeColor(BORDER).setLineWidth(0.75f)
                        .moveTo(MARGIN_X, MARGIN_BOTTOM - 22).lineTo(size.getWidth() - MARGIN_X, MARGIN_BOTTOM - 22)
                        .stroke().restoreState();
                canvas.closeTag();
                Paragraph footer = new Paragraph(text.get("footer", i, pages, record.assessmentId(), version))
                        .setFont(regular).setFontSize(8.5f).setFontColor(SECONDARY).setMargin(0);
                footer.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
                document.showTextAligned(footer, MARGIN_X, MARGIN_BOTTOM - 36, i, TextAlignment.LEFT,
                        VerticalAlignment.BOTTOM, 0);
            }
        }

        private void outlines(PdfUADocument pdf) {
            PdfOutline root = pdf.getOutlines(false);
            for (String[] mark : bookmarks) {
                root.addOutline(mark[1]).addDestination(PdfDestination.makeDestination(new PdfString(mark[0])));
            }
        }

        // ---- building blocks ----

        private Paragraph sectionHeading(String key, String destination) {
            return heading(StandardRoles.H2, text.get(key), destination).setFontSize(18).setMarginTop(16)
                    .setMarginBottom(6);
        }

        private Paragraph heading(String role, String title, String destination) {
            Paragraph heading = new Paragraph(title).setFont(bold).setFontColor(TEXT).setKeepWithNext(true)
                    .setMultipliedLeading(1.1f);
            heading.getAccessibilityProperties().setRole(role);
            heading.setDestination(destination);
            bookmarks.add(new String[] {destination, title});
            return heading;
        }

        private Paragraph subHeading(String title) {
            Paragraph heading = new Paragraph(title).setFont(bold).setFontSize(13).setMarginTop(6)
                    .setMarginBottom(3).setKeepWithNext(true);
            heading.getAccessibilityProperties().setRole(StandardRoles.H3);
            return heading;
        }

        private Paragraph body(String content) {
            return new Paragraph(content).setMarginTop(0).setMarginBottom(6).setMultipliedLeading(1.25f);
        }

        private Div inset(IBlockElement content, Color rule) {
            Div div = new Div().add(content).setBorderLeft(new SolidBorder(rule, 4)).setPaddingLeft(12)
                    .setPaddingTop(2).setPaddingBottom(2).setMarginBottom(8);
            div.getAccessibilityProperties().setRole(null);
            return div;
        }

        private Table keyValueTable() {
            return new Table(UnitValue.createPercentArray(new float[] {30, 70})).useAllAvailableWidth()
                    .setMarginBottom(4);
        }

        private void keyValue(Table table, String key, String value) {
            table.addCell(rowHeaderCell(new Paragraph(key).setFont(bold).setMargin(0)).setPaddingTop(4)
                    .setPaddingBottom(4));
            table.addCell(cell(new Paragraph(value).setMargin(0)).setPaddingTop(4).setPaddingBottom(4));
        }

        private Cell headerCell(String title, String scope, TextAlignment alignment) {
            Cell cell = new Cell().add(new Paragraph(title).setFont(bold).setMargin(0).setTextAlignment(alignment));
            cell.setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(TEXT, 1.2f)).setPaddings(4, 8, 4, 0);
            cell.getAccessibilityProperties().setRole(StandardRoles.TH)
                    .addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", scope));
            return cell;
        }

        private Cell rowHeaderCell(IBlockElement content) {
            Cell cell = cell(content);
            cell.getAccessibilityProperties().setRole(StandardRoles.TH)
                    .addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Row"));
            return cell;
        }

        private Cell cell(IBlockElement content) {
            return new Cell().add(content).setBorder(Border.NO_BORDER)
                    .setBorderBottom(new SolidBorder(BORDER, 0.75f)).setPaddings(5, 8, 5, 0);
        }

        private String displayName() {
            String name = record.respondent().name();
            return name == null || name.isBlank() ? text.get("name.notGiven") : name.strip();
        }

        private String label(List<ProfileEntry> entries, String id) {
            if (id == null || id.isBlank()) {
                return text.get("value.notGiven");
            }
            return entries.stream().filter(e -> e.id().equals(id)).map(ProfileEntry::label).findFirst()
                    .orElse(id);
        }
    }
}
