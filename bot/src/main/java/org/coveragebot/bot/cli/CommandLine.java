package org.coveragebot.bot.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: a subcommand ({@code ask}, {@code index}, {@code help}, or none), flags with values
 * ({@code --articles DIR}, {@code --index DIR}, {@code --config FILE}) and switches ({@code --json}).
 */
public record CommandLine(String command, Map<String, String> options, Set<String> switches) {

    private static final Set<String> VALUED = Set.of("articles", "index", "config");
    private static final Set<String> SWITCHES = Set.of("json", "help");
    private static final Set<String> COMMANDS = Set.of("ask", "index", "bot", "help");

    public CommandLine {
        options = Map.copyOf(options);
        switches = Set.copyOf(switches);
    }

    public static CommandLine parse(String... args) {
        String command = null;
        Map<String, String> options = new HashMap<>();
        List<String> switches = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h")) {
                switches.add("help");
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                if (VALUED.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("--" + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    options.put(name, value);
                } else if (SWITCHES.contains(name) && value == null) {
                    switches.add(name);
                } else {
                    throw new IllegalArgumentException("unknown option --" + name);
                }
            } else if (command == null && COMMANDS.contains(arg)) {
                command = arg;
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
        }
        if ("help".equals(command)) {
            switches.add("help");
        }
        return new CommandLine(command == null ? "bot" : command, options, Set.copyOf(switches));
    }

    public boolean has(String flag) {
        return switches.contains(flag);
    }

    /** {@code -h}, {@code --help} or {@code help}: print the usage and stop. */
    public boolean wantsHelp() {
        return switches.contains("help");
    }

    /** The flags that are settings (articles, index), by setting name. */
    public Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(options);
        settings.remove("config");
        return settings;
    }

    public static String usage() {
        return """
                usage: java -jar coverage-bot.jar [COMMAND] [--articles DIR] [--index DIR] [--config FILE]
                  (none)      run the Telegram bot when TELEGRAM_BOT_TOKEN is set, else the console chat
                  ask         console chat over the coverage
                  ask --json  batch: JSON questions a line on stdin, JSON answers a line on stdout
                  index       bring the index up to date with the article folder and print the report
                  help, -h    this text
                Settings come from config/coverage-bot.properties (or --config FILE) and the environment;
                the README lists them. The benchmark has a jar of its own: bench/target/coverage-bench.jar.
                """;
    }
}
