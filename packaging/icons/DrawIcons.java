import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the app icon and writes it in the three formats the installers need, with nothing but the JDK:
 * {@code linux/digital-skills.png} (256 px), {@code windows/digital-skills.ico} (16-256 px) and
 * {@code macos/digital-skills.icns} (16-1024 px). Run from the repository root:
 * {@code java -Djava.awt.headless=true packaging/icons/DrawIcons.java}
 *
 * <p>The design: a blue rounded square (GOV.UK blue #1d70b8) with three white bars that rise from left to
 * right, the tallest topped by a yellow (#ffdd00) tick: skills that grow, checked. It is drawn as shapes in a
 * 1024-unit square and rendered at each size, so small sizes stay sharp; below 48 px the tick is left out.
 */
public final class DrawIcons {
    private static final Color BLUE = new Color(0x1d, 0x70, 0xb8);
    private static final Color DARK_BLUE = new Color(0x00, 0x30, 0x78);
    private static final Color WHITE = Color.WHITE;
    private static final Color YELLOW = new Color(0xff, 0xdd, 0x00);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging");
        Files.createDirectories(out.resolve("linux"));
        Files.createDirectories(out.resolve("windows"));
        Files.createDirectories(out.resolve("macos"));
        Files.createDirectories(out.resolve("icons"));

        ImageIO.write(draw(256), "png", out.resolve("linux/digital-skills.png").toFile());
        ImageIO.write(draw(512), "png", out.resolve("icons/preview-512.png").toFile());
        Files.write(out.resolve("windows/digital-skills.ico"), ico(List.of(16, 24, 32, 48, 64, 128, 256)));

        Map<String, Integer> icns = new LinkedHashMap<>();
        icns.put("icp4", 16);
        icns.put("icp5", 32);
        icns.put("icp6", 64);
        icns.put("ic07", 128);
        icns.put("ic08", 256);
        icns.put("ic09", 512);
        icns.put("ic10", 1024);
        icns.put("ic11", 32);
        icns.put("ic12", 64);
        icns.put("ic13", 256);
        icns.put("ic14", 512);
        Files.write(out.resolve("macos/digital-skills.icns"), icns(icns));
    }

    /** The icon at {@code size} pixels square, transparent outside the rounded square. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 1024.0;
        g.scale(s, s);

        // Background: rounded square with a small margin, as desktop icons usually have.
        double margin = size <= 32 ? 16 : 64;
        double side = 1024 - 2 * margin;
        g.setColor(BLUE);
        g.fill(new RoundRectangle2D.Double(margin, margin, side, side, 220, 220));

        // Three rising bars on a baseline.
        double baseline = 800;
        double barWidth = 170;
        double gap = 70;
        double left = 512 - (3 * barWidth + 2 * gap) / 2;
        double[] heights = {230, 390, 550};
        g.setColor(WHITE);
        for (int i = 0; i < 3; i++) {
            double x = left + i * (barWidth + gap);
            g.fill(new RoundRectangle2D.Double(x, baseline - heights[i], barWidth, heights[i], 36, 36));
        }
        g.setColor(DARK_BLUE);
        g.fill(new RoundRectangle2D.Double(left - 40, baseline + 30, 3 * barWidth + 2 * gap + 80, 40, 40, 40));

        // A yellow tick above the first two bars, pointing at the tallest: "checked, and growing".
        if (size >= 48) {
            Path2D tick = new Path2D.Double();
            tick.moveTo(250, 390);
            tick.lineTo(330, 470);
            tick.lineTo(500, 250);
            g.setColor(YELLOW);
            g.setStroke(new BasicStroke(64, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(tick);
        }
        g.dispose();
        return image;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", bytes);
        return bytes.toByteArray();
    }

    /** A Windows icon: a directory of PNG images (supported since Windows Vista). */
    static byte[] ico(List<Integer> sizes) throws IOException {
        List<byte[]> images = new java.util.ArrayList<>();
        for (int size : sizes) {
            images.add(png(size));
        }
        int headerLength = 6 + 16 * sizes.size();
        int total = headerLength + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        int offset = headerLength;
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buffer.put((byte) 0).put((byte) 0);
            buffer.putShort((short) 1).putShort((short) 32);
            buffer.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(buffer::put);
        return buffer.array();
    }

    /** A macOS icon: 'icns', then one PNG per type code (big-endian lengths that include the 8-byte headers). */
    static byte[] icns(Map<String, Integer> types) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] image = png(type.getValue());
            entries.writeBytes(type.getKey());
            entries.writeInt(8 + image.length);
            entries.write(image);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(all);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        file.write(body.toByteArray());
        return all.toByteArray();
    }
}
