package jforex;

import java.awt.Color;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import com.dukascopy.api.DataType;
import com.dukascopy.api.IBar;
import com.dukascopy.api.ITick;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.Library;
import com.dukascopy.api.indicators.IIndicator;
import com.dukascopy.api.indicators.IIndicatorContext;
import com.dukascopy.api.indicators.IIndicatorsProvider;
import com.dukascopy.api.indicators.IStopListener;
import com.dukascopy.api.indicators.IndicatorInfo;
import com.dukascopy.api.indicators.IndicatorResult;
import com.dukascopy.api.indicators.InputParameterInfo;
import com.dukascopy.api.indicators.IntegerListDescription;
import com.dukascopy.api.indicators.IntegerRangeDescription;
import com.dukascopy.api.indicators.LevelInfo;
import com.dukascopy.api.indicators.OptInputParameterInfo;
import com.dukascopy.api.indicators.OutputParameterInfo;

import io.orderflow.market.TickColumns;
import io.orderflow.jforex.indicator.AsyncBarResults;
import io.orderflow.jforex.indicator.CumulativeDeltaLogic;
import io.orderflow.jforex.indicator.FlowChoices;
import io.orderflow.jforex.indicator.IndicatorSupport;
import io.orderflow.jforex.indicator.TickAppender;
import io.orderflow.jforex.indicator.TickHistory;

/**
 * Cumulative delta (OF_CUMDELTA): the running sum of order-flow delta, restarted at the chosen reset
 * (the FX trading day at 17:00 New York, the UTC day, or never), as a line at each bar's close with
 * the bar's highest and lowest value (hidden by default). Side inference and volume proxy as for
 * OF_DELTA; the output's name says which. With no reset the sum starts at the first bar computed.
 */
@Library("jforex-orderflow.jar")
public class CumulativeDeltaIndicator implements IIndicator {
    private IIndicatorContext context;
    private IndicatorInfo info;
    private InputParameterInfo[] inputs;
    private OptInputParameterInfo[] options;
    private OutputParameterInfo[] outputs;
    private IBar[] bars;
    private final double[][] out = new double[3][];
    private int method = 0;
    private int proxy = 0;
    private int reset = 0;
    private int days = IndicatorSupport.DEFAULT_HISTORY_DAYS;
    private volatile CumulativeDeltaLogic logic;
    /** Wall clock of the logic's refresh throttle, load budget and back-off; the test harness
     * ({@code ChartEmulation}) sets its own before the first calculate. */
    private AsyncBarResults.Clock clock = AsyncBarResults.SYSTEM_CLOCK;
    private volatile boolean stopped;
    private String logicKey;

    @Override
    public void onStart(IIndicatorContext context) {
        this.context = context;
        info = new IndicatorInfo("OF_CUMDELTA", "Cumulative delta", IndicatorSupport.GROUP, false, false, false, 1, 4, 3);
        info.setRecalculateAll(true);
        info.setSupportedDataTypes(DataType.TIME_PERIOD_AGGREGATION);
        info.setDefaultLevelsInfo(new LevelInfo[] {new LevelInfo(0)});
        inputs = new InputParameterInfo[] {new InputParameterInfo("Bars", InputParameterInfo.Type.BAR)};
        options = new OptInputParameterInfo[] {
                new OptInputParameterInfo("Side inference", OptInputParameterInfo.Type.OTHER,
                        new IntegerListDescription(0, FlowChoices.indices(FlowChoices.METHODS.length), FlowChoices.methodNames())),
                new OptInputParameterInfo("Volume", OptInputParameterInfo.Type.OTHER,
                        new IntegerListDescription(0, FlowChoices.indices(FlowChoices.PROXIES.length), FlowChoices.proxyNames())),
                new OptInputParameterInfo("Reset", OptInputParameterInfo.Type.OTHER,
                        new IntegerListDescription(0, FlowChoices.indices(FlowChoices.RESETS.length), FlowChoices.resetNames())),
                new OptInputParameterInfo("History to load (days)", OptInputParameterInfo.Type.OTHER,
                        new IntegerRangeDescription(IndicatorSupport.DEFAULT_HISTORY_DAYS, 1, IndicatorSupport.MAX_HISTORY_DAYS, 1))};
        outputs = new OutputParameterInfo[] {
                new OutputParameterInfo("Cumulative delta (inferred from quotes: see options)", OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.LINE),
                new OutputParameterInfo("Bar high", OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.DOT_LINE),
                new OutputParameterInfo("Bar low", OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.DOT_LINE)};
        outputs[0].setColor(new Color(40, 90, 200));
        outputs[1].setShowOutput(false);
        outputs[2].setShowOutput(false);
        for (int k = 0; k < outputs.length; k++) outputs[k].setGapAtNaN(true);
        watchStop(context);
    }

    /** The output names cannot change after onStart, so the inference in use is written to the console. */
    private void tell(String text) {
        if (context.getConsole() != null && context.getConsole().getInfo() != null) {
            context.getConsole().getInfo().println("OF_CUMDELTA " + context.getFeedDescriptor().getInstrument() + ": " + text);
        }
    }

    private String name() {
        return CumulativeDeltaLogic.name(FlowChoices.pick(FlowChoices.METHODS, method),
                FlowChoices.pick(FlowChoices.PROXIES, proxy), FlowChoices.pick(FlowChoices.RESETS, reset));
    }

    /** A removed indicator is told through the provider's stop listener: its work stops for good. */
    private void watchStop(IIndicatorContext context) {
        IIndicatorsProvider provider;
        try {
            provider = context.getIndicatorsProvider();
        } catch (RuntimeException e) {
            return; // no provider in this context: nothing to listen to
        }
        if (provider == null) return;
        try {
            addStopListener(provider);
        } catch (RuntimeException e) {
            // a context that cannot tell removals: the work stops with the indicator object
        }
    }

    private void addStopListener(IIndicatorsProvider provider) {
        provider.addIndicatorStopListener(this, new IStopListener() {
            @Override
            public void onStop() {
                stopped = true;
                CumulativeDeltaLogic l = logic;
                if (l != null) l.cancel();
            }
        });
    }

    @Override
    public IndicatorResult calculate(int startIndex, int endIndex) {
        if (stopped || bars == null || startIndex > endIndex) return new IndicatorResult(startIndex, 0);
        Instrument instrument = context.getFeedDescriptor().getInstrument();
        String key = instrument + "/" + context.getFeedDescriptor().getPeriod() + "/" + method + "/" + proxy + "/" + reset + "/" + days;
        if (logic == null || !key.equals(logicKey)) {
            if (logic != null) logic.cancel();
            logic = new CumulativeDeltaLogic(FlowChoices.pick(FlowChoices.METHODS, method),
                    FlowChoices.pick(FlowChoices.PROXIES, proxy), FlowChoices.pick(FlowChoices.RESETS, reset),
                    new History(instrument), new Background(), new Progress(), clock, IndicatorSupport.historyMs(days));
            logicKey = key;
            tell(name());
        }
        // no chart panel: IIndicators.calculateIndicator, where the work must be done before returning
        logic.setSynchronous(context.getIndicatorChartPanel() == null);
        long[] starts = new long[bars.length];
        for (int i = 0; i < bars.length; i++) starts[i] = bars[i].getTime();
        logic.calculate(starts, bars.length, context.getFeedDescriptor().getPeriod().getInterval(), startIndex, endIndex, out);
        return new IndicatorResult(startIndex, endIndex - startIndex + 1);
    }

    @Override
    public IndicatorInfo getIndicatorInfo() { return info; }

    @Override
    public InputParameterInfo getInputParameterInfo(int index) {
        return index < inputs.length ? inputs[index] : null;
    }

    @Override
    public OptInputParameterInfo getOptInputParameterInfo(int index) {
        return index < options.length ? options[index] : null;
    }

    @Override
    public OutputParameterInfo getOutputParameterInfo(int index) {
        return index < outputs.length ? outputs[index] : null;
    }

    @Override
    public void setInputParameter(int index, Object array) {
        bars = (IBar[]) array;
    }

    @Override
    public void setOptInputParameter(int index, Object value) {
        int v = ((Number) value).intValue();
        if (index == 0) method = v;
        else if (index == 1) proxy = v;
        else if (index == 2) reset = v;
        else days = v;
    }

    @Override
    public void setOutputParameter(int index, Object array) {
        out[index] = (double[]) array;
    }

    @Override
    public int getLookback() { return 0; }

    @Override
    public int getLookforward() { return 0; }

    /** The chart instrument's ticks from the platform's history (thread-safe per the API). */
    private final class History implements TickHistory {
        private final Instrument instrument;
        private final TickAppender appender;

        History(Instrument instrument) {
            this.instrument = instrument;
            this.appender = new TickAppender(IndicatorSupport.spec(instrument.name(), instrument.toString(),
                    instrument.getTickScale(), instrument.getPipScale()));
        }

        @Override
        public void ticks(long from, long to, TickColumns into) throws Exception {
            List<ITick> ticks = context.getHistory().getTicks(instrument, from, to);
            for (ITick t : ticks) appender.add(into, t.getTime(), t.getAsk(), t.getBid(), t.getAskVolume(), t.getBidVolume());
        }

        @Override
        public long lastTickTime() throws Exception {
            return context.getHistory().getTimeOfLastTick(instrument);
        }
    }

    /** Older bars on the platform's background executor (the chart never waits for them), inline without a chart. */
    private final class Background implements AsyncBarResults.Executor {
        @Override
        public Future<?> submit(Callable<Void> job) {
            if (context.getIndicatorChartPanel() == null) {
                // no chart (IIndicators.calculateIndicator): synchronous, as Dukascopy's TicksVWAP does
                FutureTask<Void> task = new FutureTask<Void>(job);
                task.run();
                return task;
            }
            return context.calculateAsynchronously(job);
        }
    }

    private final class Progress implements AsyncBarResults.Progress {
        @Override
        public void percent(int percent) {
            context.updateCalculationProgress(percent);
        }
    }
}
