package org.examcommit.schedules.cli;

import java.util.List;
import org.springframework.context.ApplicationContext;

/** A parsed command line: checked before the platform starts, then run by its command bean. */
interface Invocation {

    /** The usage of every command of this launcher (contract §6). */
    String USAGE = """
            usage: ./pipeline demo [--applications N]
                   ./pipeline import BUNDLE_DIR
                   ./pipeline run --date yyyy-MM-dd [--bundle BUNDLE_DIR]
                   ./pipeline retry --date yyyy-MM-dd
                   ./pipeline accept-snapshot --date yyyy-MM-dd DATASET --reason TEXT
                   ./pipeline explain APPLICATION_ID --date yyyy-MM-dd
                   ./pipeline status [--date yyyy-MM-dd] [--csv]
                   ./pipeline export DATASET --date yyyy-MM-dd --out FILE.csv
                   ./pipeline verify-draw --population FILE --draw FILE --seed HEX --ratio R
                                          [--seed-sha256 HEX] [--population-sha256 HEX]
                   ./pipeline serve
            env:   DATA_DIR (default ./data), DATABASE_URL (postgres://user:password@host:port/db or jdbc:postgresql:...),
                   OUTPUT_ROOT (default ./output), SPARK_MASTER (default local[*]), PORT (serve, default 8080),
                   NIGHTLY_CRON (serve, Quartz cron in Asia/Shanghai, default 0 0 1 * * ?), INBOX_DIR (serve, default ./inbox)""";

    /** True for {@code serve}: a web server that runs until stopped. */
    default boolean serves() {
        return false;
    }

    /** Runs the command in the started platform; returns the exit code. */
    int execute(ApplicationContext context);

    /** A command that needs neither the platform nor its database (verify-draw): it runs without starting them. */
    interface Standalone extends Invocation {

        /** Runs the command; returns the exit code, or throws {@link CommandFailedException} with a one-line reason. */
        int run(CliOutput out);

        @Override
        default int execute(ApplicationContext context) {
            return run(context.getBean(CliOutput.class));
        }
    }

    /** Parses {@code args} (the command name first); throws with a one-line reason when they are wrong. */
    static Invocation parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("missing command");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "demo" -> DemoCommand.parse(rest);
            case "import" -> ImportCommand.parse(rest);
            case "run" -> RunCommand.parse(rest);
            case "retry" -> RetryCommand.parse(rest);
            case "accept-snapshot" -> AcceptSnapshotCommand.parse(rest);
            case "explain" -> ExplainCommand.parse(rest);
            case "status" -> StatusCommand.parse(rest);
            case "export" -> ExportCommand.parse(rest);
            case "serve" -> ServeCommand.parse(rest);
            case "verify-draw" -> VerifyDrawCommand.parse(rest);
            default -> throw new UsageException("unknown command '" + args.get(0) + "'");
        };
    }
}
