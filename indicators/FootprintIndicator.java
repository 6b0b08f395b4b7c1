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
import com.dukascopy.api.indicators.ColorListDescription;
import com.dukascopy.api.indicators.DoubleRangeDescription;
import com.dukascopy.api.indicators.IDrawingIndicator;
import com.dukascopy.api.indicators.IIndicator;
import com.dukascopy.api.indicators.IIndicatorContext;
import com.dukascopy.api.indicators.IIndicatorDrawingSupport;
import com.dukascopy.api.indicators.IIndicatorsProvider;
import com.dukascopy.api.indicators.IStopListener;
import com.dukascopy.api.indicators.IndicatorInfo;
import com.dukascopy.api.indicators.IndicatorResult;
import com.dukascopy.api.indicators.InputParameterInfo;
import com.dukascopy.api.indicators.IntegerListDescription;
import com.dukascopy.api.indicators.IntegerRangeDescription;
import com.dukascopy.api.indicators.OptInputParameterInfo;
import com.dukascopy.api.indicators.OutputParameterInfo;

import io.orderflow.market.TickColumns;
import io.orderflow.flow.FootprintSettings;
import io.orderflow.jforex.indicator.AsyncBarResults;
import io.orderflow.jforex.indicator.FlowChoices;
import io.orderflow.jforex.indicator.FootprintLogic;
import io.orderflow.jforex.indicator.FootprintStyle;
import io.orderflow.jforex.indicator.FootprintView;
import io.orderflow.jforex.indicator.IndicatorSupport;
import io.orderflow.jforex.indicator.TickAppender;
import io.orderflow.jforex.indicator.TickHistory;

/**
 * Footprint (OF_FOOTPRINT) on the price chart: for each bar on screen, sell x buy (or delta, or
 * volume) per price row, diagonal imbalances coloured by side, stacked imbalances marked at the
 * column's edge, the bar's POC outlined, and a row under the bars with each bar's delta and volume.
 * When rows get too small for numbers it draws a heat map, then the bar totals only. Side and volume
 * are inferred from quote ticks (the options; the console names them).
 */
@Library("jforex-orderflow.jar")
public class FootprintIndicator implements IIndicator, IDrawingIndicator {
    private static final Color[] COLORS = {new Color(0, 150, 70), new Color(200, 40, 40), new Color(230, 120, 0),
            new Color(40, 90, 200), new Color(150, 60, 170), Color.BLACK};
    private static final String[] COLOR_NAMES = {"green", "red", "orange", "blue", "purple", "black"};

    private IIndicatorContext context;
    private IndicatorInfo info;
    private InputParameterInfo[] inputs;
    private OptInputParameterInfo[] options;
    private OutputParameterInfo[] outputs;
    private IBar[] bars;
    private final double[][] out = new double[2][];
    private double rowPips = 1.0;
    private double imbalanceRatio = 3.0;
    private double minVolume = 0;
    private int stackedRows = 3;
    private int content = 0;
    private int detail = 0;
    private int proxy = 0;
    private int method = 0;
    private Color buyColor = COLORS[0];
    private Color sellColor = COLORS[1];
    private Color pocColor = COLORS[2];
    private int days = IndicatorSupport.DEFAULT_HISTORY_DAYS;
    private volatile FootprintLogic logic;
    /** Wall clock of the logic's refresh throttle, load budget and back-off; the test harness
     * ({@code ChartEmulation}) sets its own before the first calculate. */
    private AsyncBarResults.Clock clock = AsyncBarResults.SYSTEM_CLOCK;
    private volatile boolean stopped;
    private String logicKey;

    @Override
    public void onStart(IIndicatorContext context) {
        this.context = context;
        info = new IndicatorInfo("OF_FOOTPRINT", "Footprint", IndicatorSupport.GROUP, true, false, false, 1, 12, 2);
        info.setRecalculateAll(true);
        info.setSupportedDataTypes(DataType.TIME_PERIOD_AGGREGATION);
        inputs = new InputParameterInfo[] {new InputParameterInfo("Bars", InputParameterInfo.Type.BAR)};
        options = new OptInputParameterInfo[] {
                new OptInputParameterInfo("Row height (pips)", OptInputParameterInfo.Type.OTHER,
                        new DoubleRangeDescription(1.0, 0.1, 100, 0.1, 1)),
                new OptInputParameterInfo("Imbalance ratio", OptInputParameterInfo.Type.OTHER,
                        new DoubleRangeDescription(3.0, 1.1, 20, 0.1, 1)),
                new OptInputParameterInfo("Imbalance minimum volume", OptInputParameterInfo.Type.OTHER,
                        new DoubleRangeDescription(0, 0, 1000000, 1, 2)),
                new OptInputParameterInfo("Stacked rows for a zone", OptInputParameterInfo.Type.OTHER,
                        new IntegerRangeDescription(3, 2, 20, 1)),
                new OptInputParameterInfo("Show", OptInputParameterInfo.Type.OTHER,
                        new IntegerListDescription(0, FlowChoices.indices(FootprintStyle.CONTENTS.length), FootprintStyle.contentNames())),
                new OptInputParameterInfo("Detail", OptInputParameterInfo.Type.OTHER,
                        new IntegerListDescription(0, FlowChoices.indices(FootprintStyle.LEVELS.length), FootprintStyle.levelNames())),
                new OptInputParameterInfo("Volume", OptInputParameterInfo.Type.OTHER,
                        new IntegerListDescription(0, FlowChoices.indices(FlowChoices.PROXIES.length), FlowChoices.proxyNames())),
                new OptInputParameterInfo("Side inference", OptInputParameterInfo.Type.OTHER,
                        new IntegerListDescription(0, FlowChoices.indices(FlowChoices.METHODS.length), FlowChoices.methodNames())),
                new OptInputParameterInfo("Buy colour", OptInputParameterInfo.Type.OTHER,
                        new ColorListDescription(COLORS[0], COLORS, COLOR_NAMES)),
                new OptInputParameterInfo("Sell colour", OptInputParameterInfo.Type.OTHER,
                        new ColorListDescription(COLORS[1], COLORS, COLOR_NAMES)),
                new OptInputParameterInfo("POC colour", OptInputParameterInfo.Type.OTHER,
                        new ColorListDescription(COLORS[2], COLORS, COLOR_NAMES)),
                new OptInputParameterInfo("History to load (days)", OptInputParameterInfo.Type.OTHER,
                        new IntegerRangeDescription(IndicatorSupport.DEFAULT_HISTORY_DAYS, 1, IndicatorSupport.MAX_HISTORY_DAYS, 1))};
        outputs = new OutputParameterInfo[] {
                new OutputParameterInfo("Bar POC", OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.NONE),
                new OutputParameterInfo("Footprint (side and volume inferred from quotes: see options)",
                        OutputParameterInfo.Type.DOUBLE, OutputParameterInfo.DrawingStyle.NONE)};
        outputs[0].setColor(new Color(230, 120, 0));
        outputs[0].setGapAtNaN(true);
        outputs[1].setColor(new Color(60, 60, 60));
        outputs[1].setDrawnByIndicator(true);
        watchStop(context);
    }

    private void tell(String text) {
        if (context.getConsole() != null && context.getConsole().getInfo() != null) {
            context.getConsole().getInfo().println("OF_FOOTPRINT " + context.getFeedDescriptor().getInstrument() + ": " + text);
        }
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
                FootprintLogic l = logic;
                if (l != null) l.cancel();
            }
        });
    }

    @Override
    public IndicatorResult calculate(int startIndex, int endIndex) {
        if (stopped || bars == null || startIndex > endIndex) return new IndicatorResult(startIndex, 0);
        Instrument instrument = context.getFeedDescriptor().getInstrument();
        String key = instrument + "/" + context.getFeedDescriptor().getPeriod() + "/" + rowPips + "/" + imbalanceRatio + "/"
                + minVolume + "/" + stackedRows + "/" + content + "/" + detail + "/" + proxy + "/" + method + "/" + buyColor
                + "/" + sellColor + "/" + pocColor + "/" + days;
        if (logic == null || !key.equals(logicKey)) {
            if (logic != null) logic.cancel();
            History history = new History(instrument);
            FootprintSettings settings = FootprintSettings.rows(IndicatorSupport.rowPoints(history.appender.instrument(), rowPips))
                    .withImbalanceRatio(imbalanceRatio).withMinImbalanceVolume(Math.max(0, minVolume))
                    .withStackedRows(stackedRows);
            FootprintStyle style = new FootprintStyle(FlowChoices.pick(FootprintStyle.CONTENTS, content),
                    FlowChoices.pick(FootprintStyle.LEVELS, detail), buyColor, sellColor, pocColor,
                    FootprintStyle.DEFAULT_BUDGET_MS);
            logic = new FootprintLogic(history.appender.instrument(), FlowChoices.pick(FlowChoices.METHODS, method),
                    FlowChoices.pick(FlowChoices.PROXIES, proxy), settings, style, history, new Background(), new Progress(),
                    clock, IndicatorSupport.historyMs(days));
            logicKey = key;
            tell(logic.name());
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
        FootprintLogic l = logic;
        if (outputIdx != 1 || l == null || !(g instanceof Graphics2D)) return null;
        final IBar[] candles = support.getCandles();
        if (candles == null || candles.length == 0) return null;
        l.draw((Graphics2D) g, new FootprintView() {
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

            @Override
            public float middle(int index) { return support.getMiddleOfCandle(index); }

            @Override
            public float slotWidth() { return support.getCandleWidthInPixels() + support.getSpaceBetweenCandlesInPixels(); }
        }, color == null ? Color.DARK_GRAY : color);
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
            case 0: rowPips = ((Number) value).doubleValue(); break;
            case 1: imbalanceRatio = ((Number) value).doubleValue(); break;
            case 2: minVolume = ((Number) value).doubleValue(); break;
            case 3: stackedRows = ((Number) value).intValue(); break;
            case 4: content = ((Number) value).intValue(); break;
            case 5: detail = ((Number) value).intValue(); break;
            case 6: proxy = ((Number) value).intValue(); break;
            case 7: method = ((Number) value).intValue(); break;
            case 8: buyColor = colour(value, buyColor); break;
            case 9: sellColor = colour(value, sellColor); break;
            case 10: pocColor = colour(value, pocColor); break;
            default: days = ((Number) value).intValue(); break;
        }
    }

    /** A colour option: the platform hands the Color chosen from the list. */
    private static Color colour(Object value, Color otherwise) {
        return value instanceof Color ? (Color) value : otherwise;
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
