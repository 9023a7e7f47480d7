package com.oragami.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command: {@code oragami <command> ...}. */
@Command(
        name = "oragami",
        mixinStandardHelpOptions = true,
        version = "oragami 0.1.0",
        description = "Read, check, evaluate and backtest Composer symphonies.",
        subcommands = {
            ValidateCommand.class,
            ConvertCommand.class,
            IndicatorCommand.class,
            EvaluateCommand.class,
            BacktestCommand.class,
            MetricsCommand.class,
            CalendarCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Oragami implements Runnable {

    /** Exit code for bad input or usage. */
    static final int BAD_INPUT = 2;
    /** Exit code for an internal error (a bug or broken infrastructure). */
    static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams and returns the exit code (for tests). */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Oragami());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof UserError ? BAD_INPUT : INTERNAL_ERROR);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("oragami: " + e.getMessage());
            err.println("Try 'oragami " + commandName(e.getCommandLine()) + "--help'.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError user) {
                err.println("oragami: " + user.getMessage());
                return BAD_INPUT;
            }
            err.println("oragami: internal error: " + e + " (please report it)");
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    private static String commandName(CommandLine commandLine) {
        String name = commandLine.getCommandName();
        return "oragami".equals(name) ? "" : name + " ";
    }
}
