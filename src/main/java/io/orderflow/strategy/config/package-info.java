/**
 * The strategy's configuration: every parameter once, in {@link io.orderflow.strategy.config.ParameterTable}
 * (each a {@link io.orderflow.strategy.config.Param}: dotted JSON path, type, default, range, unit),
 * the validated immutable {@link io.orderflow.strategy.config.StrategyConfig}, the JSON file reader
 * and writer {@link io.orderflow.strategy.config.StrategyConfigLoader} (strict JSON through Gson's
 * streaming API), the generated documentation and JForex {@code @Configurable} fields
 * ({@link io.orderflow.strategy.config.ConfigDocs}) and the option enums
 * ({@link io.orderflow.strategy.config.AggressorRule}, {@link io.orderflow.strategy.config.QuoteVolume},
 * {@link io.orderflow.strategy.config.StopMode}, {@link io.orderflow.strategy.config.TargetMode},
 * {@link io.orderflow.strategy.config.TrendTrigger} ...). A value that cannot be used is a
 * {@link io.orderflow.strategy.config.ConfigException} naming the key and what is allowed; the
 * loader's messages name the file and line ({@code file:line}).
 *
 * <p>Units: each parameter states its own (pips, percent, bars, minutes, account currency); the
 * engine converts pips to points with the instrument's {@code InstrumentSpec}. Threading: configurations
 * are immutable and thread-safe; the loader is stateless.
 *
 * <p>Dependencies: {@code market}, the calculators' option enums ({@code flow}, {@code profile}),
 * {@code data} ({@code JsonErrorText}) and Gson; nothing above {@code strategy}.
 */
package io.orderflow.strategy.config;
