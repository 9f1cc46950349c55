package org.examcommit.schedules.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The arguments of one command: positional values and {@code --name value} (or {@code --name=value}) options. */
final class Options {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final String command;
    private final List<String> positional;
    private final Map<String, String> named;

    private Options(String command, List<String> positional, Map<String, String> named) {
        this.command = command;
        this.positional = positional;
        this.named = named;
    }

    /** Splits {@code args}; an option not in {@code allowed}, a repeated one or one without a value is refused. */
    static Options parse(String command, List<String> args, Set<String> allowed) throws UsageException {
        return parse(command, args, allowed, Set.of());
    }

    /** As {@link #parse(String, List, Set)}, with {@code flags}: options without a value ({@code --csv}). */
    static Options parse(String command, List<String> args, Set<String> allowed, Set<String> flags)
            throws UsageException {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (flags.contains(name)) {
                value = "true";
            } else if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new UsageException(command + ": --" + name + " needs a value");
            }
            if (!allowed.contains(name) && !flags.contains(name)) {
                throw new UsageException(command + ": unknown option --" + name);
            }
            if (named.put(name, value) != null) {
                throw new UsageException(command + ": --" + name + " given twice");
            }
        }
        return new Options(command, positional, named);
    }

    /** The positional values, refused unless there are exactly {@code names.length} of them. */
    List<String> positional(String... names) throws UsageException {
        if (positional.size() < names.length) {
            throw new UsageException(command + ": missing " + names[positional.size()]);
        }
        if (positional.size() > names.length) {
            throw new UsageException(command + ": unexpected argument '" + positional.get(names.length) + "'");
        }
        return positional;
    }

    boolean flag(String name) {
        return named.containsKey(name);
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(named.get(name));
    }

    String required(String name) throws UsageException {
        String value = named.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException(command + ": missing --" + name);
        }
        return value;
    }

    /** A run date as {@code yyyy-MM-dd}, a real calendar date. */
    static LocalDate date(String command, String value) throws UsageException {
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new UsageException(command + ": --date must be a date as yyyy-MM-dd, not '" + value + "'");
        }
    }

    /** A bundle folder that exists. */
    static Path bundleDirectory(String command, String value) throws UsageException {
        try {
            Path dir = Path.of(value).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new UsageException(command + ": bundle directory '" + value + "' does not exist");
            }
            return dir;
        } catch (InvalidPathException e) {
            throw new UsageException(command + ": '" + value + "' is not a path");
        }
    }
}
