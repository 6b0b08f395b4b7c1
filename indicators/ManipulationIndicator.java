package jforex;

import java.awt.Color;
import java.io.File;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import com.dukascopy.api.DataType;
import com.dukascopy.api.IBar;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.Library;
import com.dukascopy.api.indicators.IIndicator;
import com.dukascopy.api.indicators.IIndicatorContext;
import com.dukascopy.api.indicators.IIndicatorsProvider;
import com.dukascopy.api.indicators.IStopListener;
import com.dukascopy.api.indicators.IndicatorInfo;
import com.dukascopy.api.indicators.IndicatorResult;
import com.dukascopy.api.indicators.InputParameterInfo;
import com.dukascopy.api.indicators.OptInputParameterInfo;
import com.dukascopy.api.indicators.OutputParameterInfo;

import io.orderflow.book.SpoofSettings;
import io.orderflow.jforex.indicator.AsyncBarResults;
import io.orderflow.jforex.indicator.IndicatorSupport;
import io.orderflow.jforex.indicator.ManipulationLogic;

/**
 * Manipulation evidence on the price chart (OF_MANIPULATION): a marker at the price where large
 * size was added away from the touch and pulled before the price reached it ("flash"), an up arrow
 * for a bid, a down arrow for an ask, on the bar where it was pulled. Evidence, never a verdict.
 *
 * An indicator cannot see the depth updates this needs (its context has no tick subscription, and
 * history ticks carry one price level), so it reads the live depth recordings that OrderFlowStrategy
 * writes with "record live depth" on (files folder, orderflow/depth). Where no recording covers the
 * bars it draws nothing and says why in the Messages panel, once.
 */
@Library("jforex-orderflow.jar")
public class ManipulationIndicator implements IIndicator {
    private static final long REFRESH_MS = 5000;
    private IIndicatorContext context;
    private IndicatorInfo info;
    private InputParameterInfo[] inputs;
    private OptInputParameterInfo[] options;
    private OutputParameterInfo[] outputs;
    private IBar[] bars;
    private final double[][] out = new double[2][];
    private volatile ManipulationLogic logic;
    private volatile boolean stopped;
    private String logicKey;
    private String lastStatus = "";

    @Override
    public void onStart(IIndicatorContext context) {
        this.context = context;
        info = new IndicatorInfo("OF_MANIPULATION", "Manipulation evidence (pulled large size)", IndicatorSupport.GROUP,
                true, false, false, 1, 0, 2);
        info.setRecalculateAll(true);
        info.setSupportedDataTypes(DataType.TIME_PERIOD_AGGREGATION);
        inputs = new InputParameterInfo[] {new InputParameterInfo("Bars", InputParameterInfo.Type.BAR)};
        options = new OptInputParameterInfo[0];
        outputs = new OutputParameterInfo[] {
                new OutputParameterInfo("Bid size pulled (flash)", OutputParameterInfo.Type.DOUBLE,
                        OutputParameterInfo.DrawingStyle.ARROW_SYMBOL_UP),
                new OutputParameterInfo("Ask size pulled (flash)", OutputParameterInfo.Type.DOUBLE,
                        OutputParameterInfo.DrawingStyle.ARROW_SYMBOL_DOWN)};
        outputs[0].setColor(new Color(0, 120, 220));
        outputs[1].setColor(new Color(220, 60, 0));
        outputs[0].setGapAtNaN(true);
        outputs[1].setGapAtNaN(true);
        watchStop(context);
    }

    private void watchStop(IIndicatorContext context) {
        IIndicatorsProvider provider;
        try {
            provider = context.getIndicatorsProvider();
        } catch (RuntimeException e) {
            return;
        }
        if (provider == null) return;
        try {
            provider.addIndicatorStopListener(this, new IStopListener() {
                @Override
                public void onStop() {
                    stopped = true;
                    ManipulationLogic l = logic;
                    if (l != null) l.cancel();
                }
            });
        } catch (RuntimeException e) {
            // a context that cannot tell removals: the work stops with the indicator object
        }
    }

    @Override
    public IndicatorResult calculate(int startIndex, int endIndex) {
        if (stopped || bars == null || startIndex > endIndex) return new IndicatorResult(startIndex, 0);
        Instrument instrument = context.getFeedDescriptor().getInstrument();
        String key = instrument.name();
        if (logic == null || !key.equals(logicKey)) {
            File folder = new File(context.getFilesDir(), "orderflow/depth");
            logic = new ManipulationLogic(folder, IndicatorSupport.spec(instrument.name(), instrument.toString(),
                    instrument.getTickScale(), instrument.getPipScale()), SpoofSettings.defaults(), new Background(),
                    REFRESH_MS);
            logicKey = key;
        }
        logic.setSynchronous(context.getIndicatorChartPanel() == null);
        long period = context.getFeedDescriptor().getPeriod().getInterval();
        long[] starts = new long[bars.length];
        for (int i = 0; i < bars.length; i++) starts[i] = bars[i].getTime();
        logic.calculate(starts, bars.length, period, startIndex, endIndex, out[0], out[1], System.currentTimeMillis());
        String status = logic.status();
        if (!status.equals(lastStatus)) {
            lastStatus = status;
            if (status.length() > 0) context.getConsole().getInfo().println("[OF_MANIPULATION] " + status);
        }
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
    }

    @Override
    public void setOutputParameter(int index, Object array) {
        out[index] = (double[]) array;
    }

    @Override
    public int getLookback() { return 0; }

    @Override
    public int getLookforward() { return 0; }

    /** Analysis on the platform's background executor (the chart never waits), inline without a chart. */
    private final class Background implements AsyncBarResults.Executor {
        @Override
        public Future<?> submit(Callable<Void> job) {
            if (context.getIndicatorChartPanel() == null) {
                FutureTask<Void> task = new FutureTask<Void>(job);
                task.run();
                return task;
            }
            return context.calculateAsynchronously(job);
        }
    }
}
