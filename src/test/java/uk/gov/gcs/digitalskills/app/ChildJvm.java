package uk.gov.gcs.digitalskills.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Runs {@link AppProcess} in a separate JVM on the test classpath, headless, and reads what it prints. */
final class ChildJvm implements AutoCloseable {
    private static final String END_OF_OUTPUT = "\u0000end";
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    ChildJvm(String mode, Path dataDir, Path errorLog) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.awt.headless=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-cp", System.getProperty("java.class.path"),
                AppProcess.class.getName(), mode, dataDir.toString()));
        process = new ProcessBuilder(command).redirectError(errorLog.toFile()).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed: nothing more to read
            } finally {
                lines.add(END_OF_OUTPUT);
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next line printed, or null when the process ended or printed nothing within the timeout. */
    String nextLine(long seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        return line == null || line.equals(END_OF_OUTPUT) ? null : line;
    }

    /** SIGKILL on Unix: no shutdown hooks, no finally blocks. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
