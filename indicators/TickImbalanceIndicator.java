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
import com.dukascopy.api.indicators.IMinMax;
import com.dukascopy.api.indicators.IndicatorInfo;
import com.dukascopy.api.indicators.IndicatorResult;
import com.dukascopy.api.indicators.InputParameterInfo;
import com.dukascopy.api.indicators.IntegerRangeDescription;
import com.dukascopy.api.indicators.LevelInfo;
import com.dukascopy.api.indicators.OptInputParameterInfo;
import com.dukascopy.api.indicators.OutputParameterInfo;

import io.orderflow.market.TickColumns;
import io.orderflow.jforex.indicator.AsyncBarResults;
import io.orderflow.jforex.indicator.ImbalanceLogic;
import io.orderflow.jforex.indicator.IndicatorSupport;
import io.orderflow.jforex.indicator.TickAppender;
import io.orderflow.jforex.indicator.TickHistory;

/**
 * Tick and book imbalance (OF_IMBALANCE), each in [-1, +1] (+1: all on the buy side):
 * the tick-count imbalance of the bar (up-ticks minus down-ticks of the mid over their sum), the
 * level-1 size imbalance at the bar's close ((bid size - ask size) / (bid size + ask size)), and,
 * live only, the book imbalance over the best N levels. History and the Historical Tester carry one
 * depth level, so the book imbalance is drawn only for bars this indicator saw live, with the value
 * of their last tick.
 */
@Library("jforex-orderflow.jar")
public class TickImbalanceIndicator implements IIndicator, IMinMax {
    private IIndicatorContext context;
    private IndicatorInfo info;
    private InputParameterInfo[] inputs;
    private OptInputParameterInfo[] options;
    private OutputParameterInfo[] outputs;
    private IBar[] bars;
    private final double[][] out = new double[3][];
    private int levels = 5;
    private int days = IndicatorSupport.DEFAULT_HISTORY_DAYS;
    private volatile ImbalanceLogic logic;
    /** Wall clock of the logic's refresh throttle, load budget and back-off; the test harness
     * ({@code ChartEmulation}) sets its own before the first calculate. */
    private AsyncBarResults.Clock clock = AsyncBarResults.SYSTEM_CLOCK;
    private volatile boolean stopped;
    private String logicKey;
    private boolean toldOneLevel;

    @Override
    public void onStart(IIndicatorContext context) {
        this.context = context;
        info = new IndicatorInfo("OF_IMBALANCE", "Tick and book imbalance", IndicatorSupport.GROUP, false, false, false, 1, 2, 3);
        info.setRecalculateAll(true);
        info.setSupportedDataTypes(DataType.TIME_PERIOD_AGGREGATION);
        info.setDefaultLevelsInfo(new LevelInfo[] {new LevelInfo(0)});
        inputs = new InputParameterInfo[] {new InputParameterInfo("Bars", InputParameterInfo.Type.BAR)};
        options = new OptInputParameterInfo[] {
                new OptInputParameterInfo("Book levels (live depth)", OptInputParameterInfo.Type.OTHER,
                        new IntegerRangeDescription(5, 2, 10, 1)),
                new OptInputParameterInfo("History to load (days)", OptInputParameterInfo.Type.OTHER,
                        new IntegerRangeDescription(IndicatorSupport.DEFAULT_HISTORY_DAYS, 1, IndicatorSupport.MAX_HISTORY_DAYS, 1))};
        outputs = new OutputParameterInfo[] {
                new OutputParameterInfo("Tick-count imbalance", OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.HISTOGRAM),
                new OutputParameterInfo("Level-1 size imbalance", OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.LINE),
                new OutputParameterInfo("Book imbalance over the chosen levels (live)", OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.LINE)};
        outputs[0].setHistogramTwoColor(true);
        outputs[0].setColor(new Color(0, 150, 70));
        outputs[0].setColor2(new Color(200, 40, 40));
        outputs[1].setColor(new Color(40, 90, 200));
        outputs[2].setColor(new Color(230, 120, 0));
        outputs[1].setGapAtNaN(true);
        outputs[2].setGapAtNaN(true);
        watchStop(context);
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
                ImbalanceLogic l = logic;
                if (l != null) l.cancel();
            }
        });
    }

    @Override
    public IndicatorResult calculate(int startIndex, int endIndex) {
        if (stopped || bars == null || startIndex > endIndex) return new IndicatorResult(startIndex, 0);
        Instrument instrument = context.getFeedDescriptor().getInstrument();
        String key = instrument + "/" + context.getFeedDescriptor().getPeriod() + "/" + levels + "/" + days;
        if (logic == null || !key.equals(logicKey)) {
            if (logic != null) logic.cancel();
            History history = new History(instrument);
            logic = new ImbalanceLogic(history.appender.instrument(), levels, history, new Background(), new Progress(),
                    clock, IndicatorSupport.historyMs(days));
            logicKey = key;
        }
        // no chart panel: IIndicators.calculateIndicator, where the work must be done before returning
        logic.setSynchronous(context.getIndicatorChartPanel() == null);
        long period = context.getFeedDescriptor().getPeriod().getInterval();
        try {
            // live depth of the newest tick, for the newest bar (history ticks have one level)
            ITick last = context.getHistory().getLastTick(instrument);
            long newest = bars[bars.length - 1].getTime();
            if (last != null && last.getTime() >= newest && last.getTime() < newest + period) {
                logic.onLiveTick(newest, last.getTime(), last.getAsks(), last.getAskVolumes(), last.getBids(),
                        last.getBidVolumes());
                if (last.getAsks().length < 2 && !toldOneLevel) {
                    // say so instead of drawing zeros: ITick's Javadoc, history and tester ticks have one level
                    toldOneLevel = true;
                    context.getConsole().getInfo().println("[OF_IMBALANCE] the newest tick carries one price level"
                            + " (history and the Historical Tester have one; depth comes live only): the book-imbalance"
                            + " line stays empty");
                }
            }
        } catch (Exception e) {
            // no last tick available: the book imbalance stays empty
        }
        long[] starts = new long[bars.length];
        for (int i = 0; i < bars.length; i++) starts[i] = bars[i].getTime();
        logic.calculate(starts, bars.length, period, startIndex, endIndex, out);
        return new IndicatorResult(startIndex, endIndex - startIndex + 1);
    }

    /** All three outputs are shares in [-1, 1]: a fixed scale. */
    @Override
    public double[] getMinMax(int outputIdx, Object values, int firstVisibleValueIndex, int lastVisibleValueIndex) {
        return new double[] {-1, 1};
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
        if (index == 0) levels = ((Number) value).intValue();
        else days = ((Number) value).intValue();
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
