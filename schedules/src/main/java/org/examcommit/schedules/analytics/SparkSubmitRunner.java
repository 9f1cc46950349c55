package org.examcommit.schedules.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.launcher.JavaModuleOptions;
import org.examcommit.contract.privacy.Redaction;

/**
 * Runs one Spark application as a child JVM through Spark's own {@code SparkSubmit}, with the Java 17
 * module options Spark's launcher would pass. The child's stderr (its progress) is copied to ours;
 * its stdout is its result. A non-zero exit is an exception naming the child's last error line.
 */
final class SparkSubmitRunner {

    private final AnalyticsProperties properties;

    SparkSubmitRunner(AnalyticsProperties properties) {
        this.properties = properties;
    }

    /** The child's stdout; the database credentials go in its environment, never its command line. */
    String run(String mainClass, List<String> args, String dbUser, String dbPassword) {
        Path home = Path.of(properties.home()).toAbsolutePath();
        Path appJar = home.resolve("analytics-app.jar");
        if (!Files.isRegularFile(appJar) || !Files.isDirectory(home.resolve("spark-jars"))) {
            throw new IllegalStateException("the analytics are not built: no " + appJar + " and spark-jars/ beside it"
                    + " (build with ./mvnw -B -q -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + properties.driverMemory());
        command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split(" ")));
        command.add("-cp");
        command.add(appJar + java.io.File.pathSeparator + home.resolve("spark-jars") + "/*");
        command.add("org.apache.spark.deploy.SparkSubmit");
        command.addAll(List.of("--master", properties.master(), "--class", mainClass));
        command.addAll(List.of(
                "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.memory=" + properties.driverMemory()));
        command.add(appJar.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("ANALYTICS_DB_USER", dbUser == null ? "" : dbUser);
        builder.environment().put("ANALYTICS_DB_PASSWORD", dbPassword == null ? "" : dbPassword);
        builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            AtomicReference<String> lastError = new AtomicReference<>();
            Thread errors = new Thread(() -> copyErrors(process, lastError), "spark-stderr");
            errors.setDaemon(true);
            errors.start();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            errors.join();
            if (exit != 0) {
                throw new IllegalStateException(mainClass.substring(mainClass.lastIndexOf('.') + 1) + " exited with "
                        + exit + (lastError.get() == null ? "" : ": " + lastError.get()));
            }
            return stdout.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Spark analytics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Spark analytics ran", e);
        }
    }

    /** Copies the child's stderr to ours, masked, remembering its last exception or error line. */
    private static void copyErrors(Process process, AtomicReference<String> lastError) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String masked = Redaction.mask(line);
                System.err.println(masked);
                if (masked.contains("Exception") || masked.contains(" ERROR ") || masked.startsWith("Error")) {
                    lastError.compareAndSet(null, masked);
                }
            }
        } catch (IOException e) {
            // the child ended; what it wrote so far has been copied
        }
    }
}
