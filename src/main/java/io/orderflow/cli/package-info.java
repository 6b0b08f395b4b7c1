/**
 * The command line, {@code java -jar jforex-orderflow-cli.jar <command>}: {@link io.orderflow.cli.Main}
 * with picocli subcommands {@link io.orderflow.cli.FetchCommand} (download into the cache),
 * {@link io.orderflow.cli.SummaryCommand} (what a range holds), {@link io.orderflow.cli.AnalyzeCommand}
 * (per-bar order-flow table), {@link io.orderflow.cli.BacktestCommand} and
 * {@link io.orderflow.cli.SweepCommand}. Shared options are mixins
 * ({@link io.orderflow.cli.TickDataOptions}, {@link io.orderflow.cli.BacktestOptions} for the strategy's
 * configuration and the simulated broker, {@link io.orderflow.cli.GridOptions}); ticks of a
 * range come from {@link io.orderflow.cli.RangeTicks}; {@link io.orderflow.cli.ExitCodes} lists the exit
 * codes and {@link io.orderflow.cli.CommandFailure} the failures that are neither usage nor I/O
 * errors. Progress bars ({@link io.orderflow.cli.Progress}) go to stderr.
 *
 * <p>Units: times on the command line are UTC (dates, date-times or instants, see
 * {@link io.orderflow.cli.UtcTimeConverter}); output prices are decimals converted from points.
 * Threading: commands run on the main thread; sweeps and downloads use their own pools.
 *
 * <p>Dependencies: the top layer: it may use every package except {@code jforex}; it is the only
 * package that uses picocli and the progress-bar library. Packaged only in the CLI jar, never in the
 * plugin jar.
 */
package io.orderflow.cli;
