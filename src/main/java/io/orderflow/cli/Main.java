package io.orderflow.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.feed.DatafeedException;
import io.orderflow.profile.PriceRangeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code java -jar jforex-orderflow-cli.jar <command> [options]}.
 *
 * <p>Commands are picocli subcommands. To add one, write a {@code @Command} class implementing
 * {@code Callable<Integer>} (returning an {@link ExitCodes} value, with
 * {@code mixinStandardHelpOptions = true}), reuse {@link TickDataOptions} as a {@code @Mixin} if it
 * reads ticks, and list it in {@link #SUBCOMMANDS}. Errors need no handling in the command: a
 * {@link DataFormatException} becomes exit code {@value ExitCodes#BAD_DATA}, a
 * {@link DatafeedException} or other {@link IOException} {@value ExitCodes#IO}, a
 * {@link ParameterException} {@value ExitCodes#USAGE}, each with a one-line message on stderr.
 */
@Command(name = "jforex-orderflow", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Order-flow tools for Dukascopy data and JForex.", ""},
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footer = {"%nRun 'jforex-orderflow COMMAND --help' for the options of a command.", ExitCodes.HELP_FOOTER})
public final class Main implements Callable<Integer> {
    /** Every command, in the order shown by {@code --help}. */
    static final Class<?>[] SUBCOMMANDS = {FetchCommand.class, SummaryCommand.class, AnalyzeCommand.class,
            BacktestCommand.class,
            SweepCommand.class, ValidateCommand.class, DepthCommand.class};

    @Spec
    CommandSpec spec;

    /** Without a command: the usage on stderr, exit code {@value ExitCodes#USAGE}. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: no command given");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs a command line in this process; returns the exit code (nothing calls System.exit). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter e = writer(err);
        try {
            return commandLine(writer(out), e).execute(args);
        } catch (OutOfMemoryError oom) {
            e.println("jforex-orderflow: " + outOfMemory(Runtime.getRuntime().maxMemory()));
            e.flush();
            return ExitCodes.INTERNAL;
        } catch (StackOverflowError | ExceptionInInitializerError | NoClassDefFoundError | AssertionError x) {
            e.println("jforex-orderflow: internal error (please report it with the command line used): "
                    + ExecutionErrors.oneLine(x) + ExecutionErrors.details(x));
            e.flush();
            return ExitCodes.INTERNAL;
        }
    }

    /**
     * The message for running out of memory with {@code maxHeapBytes} of heap: how much there was
     * and how to give more ({@code -Xmx}, twice as much, at least 1 GB).
     */
    static String outOfMemory(long maxHeapBytes) {
        long mb = maxHeapBytes / (1024 * 1024);
        long suggestGb = Math.max(1, (2 * maxHeapBytes + (1L << 30) - 1) >> 30);
        return "out of memory: Java may use at most " + mb + " MB here. Give it more with -Xmx, e.g. 'java -Xmx"
                + suggestGb + "g -jar jforex-orderflow-cli.jar ...', or shorten the range (--from/--to). "
                + "No result file was replaced.";
    }

    /** The configured command line, printing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : SUBCOMMANDS) cl.addSubcommand(c);
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler(new ExecutionErrors());
        return cl;
    }

    private static PrintWriter writer(PrintStream s) {
        return new PrintWriter(new OutputStreamWriter(s, Charset.defaultCharset()), true);
    }

    private static String commandName(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName();
    }

    /** Bad command lines: the message and a pointer to --help, exit code 2. */
    static final class UsageErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            PrintWriter err = cl.getErr();
            err.println(commandName(cl) + ": error: " + ex.getMessage());
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Run '" + commandName(cl) + " --help' for the options.");
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    /** Failures while running: a clear message per kind, and the matching exit code. */
    static final class ExecutionErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
            PrintWriter err = cl.getErr();
            String name = commandName(cl);
            int code;
            if (causedBy(ex, OutOfMemoryError.class)) {
                err.println(name + ": " + outOfMemory(Runtime.getRuntime().maxMemory()));
                code = ExitCodes.INTERNAL;
            } else if (ex instanceof PriceRangeException) {
                err.println(name + ": bad input: " + ex.getMessage() + ".");
                err.println("Nothing was written. Check the prices (the summary command shows the range), "
                        + "or use --on-bad-input skip to skip implausible ticks.");
                code = ExitCodes.BAD_DATA;
            } else if (ex instanceof CommandFailure) {
                err.println(name + ": " + ex.getMessage());
                code = ((CommandFailure) ex).exitCode();
            } else if (ex instanceof DataFormatException) {
                err.println(name + ": bad input: " + ex.getMessage());
                err.println("Nothing was written. Use --on-bad-input skip to skip and count bad input instead.");
                code = ExitCodes.BAD_DATA;
            } else if (ex instanceof DatafeedException) {
                err.println(name + ": download failed: " + ex.getMessage());
                err.println("Files downloaded so far are kept in the cache; run the command again to resume.");
                code = ExitCodes.IO;
            } else if (ex instanceof InterruptedIOException) {
                err.println(name + ": interrupted: " + ex.getMessage());
                code = ExitCodes.IO;
            } else if (ex instanceof IOException) {
                err.println(name + ": I/O error: " + describe(ex));
                code = ExitCodes.IO;
            } else {
                err.println(name + ": internal error (please report it with the command line used): " + oneLine(ex)
                        + details(ex));
                code = ExitCodes.INTERNAL;
            }
            err.flush();
            return code;
        }

        private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (kind.isInstance(t)) return true;
            }
            return false;
        }

        /** "IllegalStateException: message (at Class.method:line)", never a stack trace. */
        static String oneLine(Throwable e) {
            StackTraceElement[] at = e.getStackTrace();
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + (at.length == 0 ? "" : " (at " + at[0].getClassName().replaceAll(".*\\.", "") + "."
                    + at[0].getMethodName() + ":" + at[0].getLineNumber() + ")");
        }

        /**
         * Writes the stack trace into a file in the temporary folder for the bug report and returns
         * "; details in FILE", or "" when it cannot be written.
         */
        static String details(Throwable e) {
            try {
                java.nio.file.Path f = java.nio.file.Files.createTempFile("jforex-orderflow-error-", ".txt");
                try (PrintWriter w = new PrintWriter(java.nio.file.Files.newBufferedWriter(f,
                        java.nio.charset.StandardCharsets.UTF_8))) {
                    e.printStackTrace(w);
                }
                return "; details in " + f;
            } catch (IOException | RuntimeException ignored) {
                return "";
            }
        }

        private static String describe(Throwable e) {
            String m = e.getMessage();
            String kind = e.getClass().getSimpleName();
            // NoSuchFileException, AccessDeniedException etc. carry only the path as message.
            return m == null ? kind : (e.getClass() == IOException.class ? m : kind + ": " + m);
        }
    }
}
