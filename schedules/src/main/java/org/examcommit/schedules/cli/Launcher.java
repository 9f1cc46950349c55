package org.examcommit.schedules.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.examcommit.contract.privacy.Redaction;
import org.examcommit.schedules.PlatformApplication;
import org.examcommit.schedules.pipeline.NightFailedException;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dispatcher behind {@code ./pipeline}: checks the arguments before anything starts (exit 2
 * and the usage when they are wrong), starts the platform (a web server only for {@code serve}),
 * runs the command and turns its outcome into the exit code: 0 success, 1 failure with a one-line
 * reason on stderr. Results go to stdout; logs and progress to stderr.
 */
public final class Launcher {

    /** Returned for {@code serve}: the web server keeps the JVM alive. */
    public static final int KEEP_RUNNING = -1;

    static final int FAILED = 1;
    static final int USAGE = 2;

    /**
     * The commands other than serve: no web server, so beans are created lazily (only what the
     * command needs; the web security chain needs a servlet context it does not have), the
     * scheduler stays off, and logging is quiet: warnings, plus the platform's own progress lines.
     */
    private static final List<String> COMMAND_PROPERTIES = List.of(
            "--spring.main.lazy-initialization=true",
            "--spring.quartz.auto-startup=false",
            "--logging.level.root=WARN",
            "--logging.level.org.examcommit=INFO",
            "--logging.level.org.flywaydb=ERROR",
            "--logging.pattern.console=%d{HH:mm:ss.SSS} %-5level %logger{0}: %msg%n");

    private Launcher() {}

    public static int launch(String[] args) {
        CliOutput out = CliOutput.standardOut();
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setErr(err);
        // Whatever Spring or a library prints goes to stderr: stdout carries results only.
        System.setOut(err);
        List<String> arguments = Arrays.asList(args);
        if (arguments.size() == 1 && List.of("help", "-h", "--help").contains(arguments.get(0))) {
            out.println(Invocation.USAGE);
            return 0;
        }
        Invocation invocation;
        try {
            invocation = Invocation.parse(arguments);
        } catch (UsageException e) {
            err.println("pipeline: " + e.getMessage());
            err.println(Invocation.USAGE);
            return USAGE;
        }
        if (invocation instanceof Invocation.Standalone standalone) {
            return standalone(standalone, arguments.get(0), out, err);
        }
        ConfigurableApplicationContext context;
        try {
            context = start(invocation, out);
        } catch (RuntimeException e) {
            err.println("pipeline: the platform did not start: " + Redaction.forOperator(e));
            return FAILED;
        }
        if (invocation.serves()) {
            err.println("pipeline: serving on port " + context.getEnvironment().getProperty("local.server.port")
                    + " (stop with Ctrl-C or SIGTERM)");
            return KEEP_RUNNING;
        }
        String failure = null;
        int exitCode;
        try {
            exitCode = invocation.execute(context);
        } catch (CommandFailedException e) {
            failure = e.getMessage();
            exitCode = FAILED;
        } catch (NightFailedException e) {
            failure = arguments.get(0) + " failed" + (e.stage() == null ? "" : " at stage " + e.stage()) + ": "
                    + e.getMessage();
            exitCode = FAILED;
        } catch (RuntimeException e) {
            failure = arguments.get(0) + " failed: " + Redaction.forOperator(e);
            exitCode = FAILED;
        } finally {
            context.close();
            out.flush();
        }
        // The reason is the last line on stderr, after the platform's shutdown lines.
        if (failure != null) {
            err.println("pipeline: " + failure);
        }
        return exitCode;
    }

    /** A command without the platform: no Spring, no database, so it runs anywhere and at once. */
    private static int standalone(Invocation.Standalone invocation, String command, CliOutput out, PrintStream err) {
        try {
            return invocation.run(out);
        } catch (CommandFailedException e) {
            out.flush();
            err.println("pipeline: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            out.flush();
            err.println("pipeline: " + command + " failed: " + Redaction.forOperator(e));
            return FAILED;
        } finally {
            out.flush();
        }
    }

    private static ConfigurableApplicationContext start(Invocation invocation, CliOutput out) {
        SpringApplication app = new SpringApplication(PlatformApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("cliOutput", out));
        List<String> properties = new ArrayList<>();
        if (invocation.serves()) {
            app.setWebApplicationType(WebApplicationType.SERVLET);
        } else {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setLogStartupInfo(false);
            properties.addAll(COMMAND_PROPERTIES);
        }
        return app.run(properties.toArray(String[]::new));
    }
}
