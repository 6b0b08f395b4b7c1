package io.orderflow.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.orderflow.data.DukascopyLayout;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code summary}: decodes the Dukascopy ticks of one instrument over a UTC range and prints what
 * they hold — counts, times, price ranges, spreads, volumes, a row per UTC day, files read, hours
 * missing and every problem met. The report is printed only once the whole range was read, so a
 * failed run prints nothing to stdout.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {"Decode and summarise the Dukascopy ticks of an instrument over a UTC range.",
                "Ticks come from the Dukascopy datafeed through the local cache (files already cached are not "
                        + "downloaded again), from the cache alone (--offline), or from a directory in the "
                        + "datafeed layout (--data-dir), or from JForex CSV exports (--csv)."},
        footer = {"%nExamples:",
                "  java -jar jforex-orderflow-cli.jar summary -i EURUSD \\",
                "      --from 2019-02-04 --to 2019-02-06",
                "  java -jar jforex-orderflow-cli.jar summary -i EURUSD \\",
                "      --from 2019-02-04 --to 2019-02-06 \\",
                "      --data-dir ../shared/data/dukascopy/bi5 --format json",
                ExitCodes.HELP_FOOTER})
public final class SummaryCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Mixin
    TickDataOptions data;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TickDataOptions.Opened opened = data.open(err);
        RangeTicks range = opened.ticks();
        TickSummary summary = new TickSummary();
        long firstHour = DukascopyLayout.hourStart(data.fromMs());
        long hours = (data.toMs() - firstHour + DukascopyLayout.HOUR_MS - 1) / DukascopyLayout.HOUR_MS;
        try (TickCursor ticks = range.open();
             Progress progress = Progress.start(data.progress(), err, "Decoding", hours, "hours")) {
            Tick t = new Tick(1);
            long nextHourMs = firstHour + DukascopyLayout.HOUR_MS;
            while (ticks.next(t)) {
                summary.onTick(t);
                if (t.timeMs() >= nextHourMs) {
                    long done = (t.timeMs() - firstHour) / DukascopyLayout.HOUR_MS;
                    progress.stepTo(done);
                    nextHourMs = firstHour + (done + 1) * DukascopyLayout.HOUR_MS;
                }
            }
            progress.stepTo(hours);
        }
        SummaryReport report = new SummaryReport(data.instrument(), data.fromMs(), data.toMs(), opened.description(),
                summary, range.filesRead(), range.hoursMissing(), range.hoursDamaged(), range.problems(), opened.download(), range.isCsv());
        out.print(format == Format.JSON ? report.json() : report.text());
        out.flush();
        return ExitCodes.OK;
    }
}
