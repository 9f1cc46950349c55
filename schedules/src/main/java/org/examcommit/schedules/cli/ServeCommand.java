package org.examcommit.schedules.cli;

import java.util.List;
import java.util.Set;

/**
 * {@code ./pipeline serve}: the registration API (and, when they exist, the nightly scheduler).
 * The embedded PostgreSQL it starts is shared: other commands on the same DATA_DIR attach to it.
 */
final class ServeCommand {

    private ServeCommand() {}

    static Invocation parse(List<String> args) throws UsageException {
        Options.parse("serve", args, Set.of()).positional();
        return new Invocation() {
            @Override
            public boolean serves() {
                return true;
            }

            @Override
            public int execute(org.springframework.context.ApplicationContext context) {
                return Launcher.KEEP_RUNNING;
            }
        };
    }
}
