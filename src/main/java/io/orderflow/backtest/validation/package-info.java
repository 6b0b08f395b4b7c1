/**
 * Whether a sweep's winner can be trusted: walk-forward validation over FX trading days
 * ({@link io.orderflow.backtest.validation.TradingDays}, {@link io.orderflow.backtest.validation.WalkForwardPlan},
 * {@link io.orderflow.backtest.validation.WalkForward}), the probability of backtest overfitting by
 * combinatorially symmetric cross-validation ({@link io.orderflow.backtest.validation.OverfittingProbability}),
 * the deflated Sharpe ratio ({@link io.orderflow.backtest.validation.DeflatedSharpe}), and the
 * confirmation verdict with a bootstrap interval and a permutation p-value
 * ({@link io.orderflow.backtest.validation.ConfirmationVerdict}); {@link io.orderflow.backtest.validation.GridValidation}
 * ties them together for the {@code validate} command.
 *
 * <p>Pure statistics: no I/O. Units: times in ms UTC, trading days from 17:00 New York, returns as
 * fractions of equity, outcomes in R (multiples of the risk at entry). Randomness only from an
 * explicit seed. Threading: every class is single-threaded; results are immutable.
 *
 * <p>Dependencies: {@code backtest} (ranking), {@code trades}, {@code backtest.stats},
 * {@code market}.
 */
package io.orderflow.backtest.validation;
