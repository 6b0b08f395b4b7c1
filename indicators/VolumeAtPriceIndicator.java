package jforex;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import com.dukascopy.api.DataType;
import com.dukascopy.api.IBar;
import com.dukascopy.api.ITick;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.Library;
import com.dukascopy.api.indicators.BooleanOptInputDescription;
import com.dukascopy.api.indicators.DoubleRangeDescription;
import com.dukascopy.api.indicators.IDrawingIndicator;
import com.dukascopy.api.indicators.IIndicator;
import com.dukascopy.api.indicators.IIndicatorContext;
import com.dukascopy.api.indicators.IIndicatorsProvider;
import com.dukascopy.api.indicators.IStopListener;
import com.dukascopy.api.indicators.IIndicatorDrawingSupport;
import com.dukascopy.api.indicators.IndicatorInfo;
import com.dukascopy.api.indicators.IndicatorResult;
import com.dukascopy.api.indicators.InputParameterInfo;
import com.dukascopy.api.indicators.IntegerListDescription;
import com.dukascopy.api.indicators.IntegerRangeDescription;
import com.dukascopy.api.indicators.OptInputParameterInfo;
import com.dukascopy.api.indicators.OutputParameterInfo;

import io.orderflow.market.TickColumns;
import io.orderflow.jforex.indicator.AsyncBarResults;
import io.orderflow.jforex.indicator.ChartView;
import io.orderflow.jforex.indicator.FlowChoices;
import io.orderflow.jforex.indicator.IndicatorSupport;
import io.orderflow.jforex.indicator.TickAppender;
import io.orderflow.jforex.indicator.TickHistory;
import io.orderflow.jforex.indicator.VolumeAtPriceLogic;
import io.orderflow.market.SessionAnchor;

/**
 * Volume at price (OF_VAP) on the price chart: a histogram of volume per price row at the right
 * edge of the chart, for the session of the last bar on screen (FX day from 17:00 New York, or UTC
 * day) or for the bars on screen; its point of control (POC, orange) and value area (darker rows,
 * VAH/VAL lines); the stacked-imbalance zones no later bar has traded through (green support, red
 * resistance). The developing session POC, VAH and VAL are also drawn as lines along the bars.
 * Volume is a proxy of each quote tick (tick count by default) placed at the aggressor side's price.
 */
@Library("jforex-orderflow.jar")
public class VolumeAtPriceIndicator implements IIndicator, IDrawingIndicator {
    private IIndicatorContext context;
    private IndicatorInfo info;
    private InputParameterInfo[] inputs;
    private OptInputParameterInfo[] options;
    private OutputParameterInfo[] outputs;
    private IBar[] bars;
    private final double[][] out = new double[4][];
    private int profile = 0;
    private int session = 0;
    private double rowPips = 1.0;
    private int valueAreaPercent = 70;
    private int proxy = 0;
    private int method = 0;
    private double imbalanceRatio = 3.0;
    private int stackedRows = 3;
    private boolean zones = true;
    private int widthPercent = 25;
    private int days = IndicatorSupport.DEFAULT_HISTORY_DAYS;
    private volatile VolumeAtPriceLogic logic;
    /** Wall clock of the logic's refresh throttle, load budget and back-off; the test harness
     * ({@code ChartEmulation}) sets its own before the first calculate. */
    private AsyncBarResults.Clock clock = AsyncBarResults.SYSTEM_CLOCK;
    private volatile boolean stopped;
    private String logicKey;

    @Override
    public void onStart(IIndicatorContext context) {
        this.context = context;
        info = new IndicatorInfo("OF_VAP", "Volume at price", IndicatorSupport.GROUP, true, false, false, 1, 11, 4);
        info.setRecalculateAll(true);
        info.setSupportedDataTypes(DataType.TIME_PERIOD_AGGREGATION);
        inputs = new InputParameterInfo[] {new InputParameterInfo("Bars", InputParameterInfo.Type.BAR)};
        options = new OptInputParameterInfo[] {
                new OptInputParameterInfo("Profile", OptInputParameterInfo.Type.OTHER,
                        new IntegerListDescription(0, new int[] {0, 1}, new String[] {"session", "bars on screen"})),
                new OptInputParameterInfo("Session", OptInputParameterInfo.Type.OTHER,
                        new IntegerListDescription(0, new int[] {0, 1}, new String[] {"FX day (17:00 New York)", "UTC day"})),
                new OptInputParameterInfo("Row height (pips)", OptInputParameterInfo.Type.OTHER,
                        new DoubleRangeDescription(1.0, 0.1, 100, 0.1, 1)),
                new OptInputParameterInfo("Value area (%)", OptInputParameterInfo.Type.PERCENT,
                        new IntegerRangeDescription(70, 10, 100, 5)),
                new OptInputParameterInfo("Volume", OptInputParameterInfo.Type.OTHER,
                        new IntegerListDescription(0, FlowChoices.indices(FlowChoices.PROXIES.length), FlowChoices.proxyNames())),
                new OptInputParameterInfo("Side inference", OptInputParameterInfo.Type.OTHER,
                        new IntegerListDescription(0, FlowChoices.indices(FlowChoices.METHODS.length), FlowChoices.methodNames())),
                new OptInputParameterInfo("Imbalance ratio", OptInputParameterInfo.Type.OTHER,
                        new DoubleRangeDescription(3.0, 1.1, 20, 0.1, 1)),
                new OptInputParameterInfo("Stacked rows for a zone", OptInputParameterInfo.Type.OTHER,
                        new IntegerRangeDescription(3, 2, 20, 1)),
                new OptInputParameterInfo("Show imbalance zones", OptInputParameterInfo.Type.OTHER,
                        new BooleanOptInputDescription(true)),
                new OptInputParameterInfo("Profile width (% of chart)", OptInputParameterInfo.Type.PERCENT,
                        new IntegerRangeDescription(25, 5, 80, 5)),
                new OptInputParameterInfo("History to load (days)", OptInputParameterInfo.Type.OTHER,
                        new IntegerRangeDescription(IndicatorSupport.DEFAULT_HISTORY_DAYS, 1, IndicatorSupport.MAX_HISTORY_DAYS, 1))};
        outputs = new OutputParameterInfo[] {
                new OutputParameterInfo("Session POC", OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.DASH_LINE),
                new OutputParameterInfo("Session VAH", OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.DOT_LINE),
                new OutputParameterInfo("Session VAL", OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.DOT_LINE),
                new OutputParameterInfo("Profile", OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.NONE)};
        outputs[0].setColor(new Color(230, 120, 0));
        outputs[1].setColor(new Color(90, 110, 160));
        outputs[2].setColor(new Color(90, 110, 160));
        outputs[3].setColor(new Color(90, 110, 160));
        outputs[3].setDrawnByIndicator(true);
        outputs[0].setGapAtNaN(true);
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
                VolumeAtPriceLogic l = logic;
                if (l != null) l.cancel();
            }
        });
    }

    @Override
    public IndicatorResult calculate(int startIndex, int endIndex) {
        if (stopped || bars == null || startIndex > endIndex) return new IndicatorResult(startIndex, 0);
        Instrument instrument = context.getFeedDescriptor().getInstrument();
        String key = instrument + "/" + context.getFeedDescriptor().getPeriod() + "/" + profile + "/" + session + "/" + rowPips + "/" + valueAreaPercent + "/" + proxy
                + "/" + method + "/" + imbalanceRatio + "/" + stackedRows + "/" + zones + "/" + widthPercent + "/" + days;
        if (logic == null || !key.equals(logicKey)) {
            if (logic != null) logic.cancel();
            History history = new History(instrument);
            logic = new VolumeAtPriceLogic(history.appender.instrument(), FlowChoices.pick(FlowChoices.METHODS, method),
                    FlowChoices.pick(FlowChoices.PROXIES, proxy),
                    IndicatorSupport.rowPoints(history.appender.instrument(), rowPips), imbalanceRatio, stackedRows,
                    session == 1 ? SessionAnchor.UTC_MIDNIGHT : SessionAnchor.FX_NEW_YORK, valueAreaPercent / 100.0,
                    profile == 1 ? VolumeAtPriceLogic.Mode.VISIBLE_RANGE : VolumeAtPriceLogic.Mode.SESSION, zones,
                    widthPercent / 100.0, history, new Background(), new Progress(), clock,
                    IndicatorSupport.historyMs(days));
            logicKey = key;
        }
        // no chart panel: IIndicators.calculateIndicator, where the work must be done before returning
        logic.setSynchronous(context.getIndicatorChartPanel() == null);
        long[] starts = new long[bars.length];
        for (int i = 0; i < bars.length; i++) starts[i] = bars[i].getTime();
        logic.calculate(starts, bars.length, context.getFeedDescriptor().getPeriod().getInterval(), startIndex, endIndex, out);
        return new IndicatorResult(startIndex, endIndex - startIndex + 1);
    }

    @Override
    public Point drawOutput(Graphics g, int outputIdx, Object values, Color color, Stroke stroke,
                            final IIndicatorDrawingSupport support, List<Shape> shapes, Map<Color, List<Point>> handles) {
        VolumeAtPriceLogic l = logic;
        if (outputIdx != 3 || l == null || !(g instanceof Graphics2D)) return null;
        final IBar[] candles = support.getCandles();
        if (candles == null || candles.length == 0) return null;
        l.draw((Graphics2D) g, new ChartView() {
            @Override
            public int candleCount() { return candles.length; }

            @Override
            public long candleTime(int index) { return candles[index].getTime(); }

            @Override
            public int firstVisibleIndex() { return support.getIndexOfFirstCandleOnScreen(); }

            @Override
            public int visibleCount() { return support.getNumberOfCandlesOnScreen(); }

            @Override
            public float y(double price) { return support.getYForValue(price); }

            @Override
            public int x(long timeMs) { return support.getXForTime(timeMs); }

            @Override
            public int width() { return support.getChartWidth(); }

            @Override
            public int height() { return support.getChartHeight(); }
        }, color);
        return null;
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
        switch (index) {
            case 0: profile = ((Number) value).intValue(); break;
            case 1: session = ((Number) value).intValue(); break;
            case 2: rowPips = ((Number) value).doubleValue(); break;
            case 3: valueAreaPercent = ((Number) value).intValue(); break;
            case 4: proxy = ((Number) value).intValue(); break;
            case 5: method = ((Number) value).intValue(); break;
            case 6: imbalanceRatio = ((Number) value).doubleValue(); break;
            case 7: stackedRows = ((Number) value).intValue(); break;
            case 8: zones = Boolean.TRUE.equals(value); break;
            case 9: widthPercent = ((Number) value).intValue(); break;
            default: days = ((Number) value).intValue(); break;
        }
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
