package io.orderflow.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.orderflow.backtest.GridPoint;
import io.orderflow.backtest.Sweep;
import io.orderflow.backtest.validation.DeflatedSharpe;
import io.orderflow.backtest.validation.GridValidation;
import io.orderflow.backtest.validation.OverfittingProbability;
import io.orderflow.backtest.validation.WalkForward;

/**
 * The overfitting statistics every {@code sweep} reports: PBO by CSCV over the runs' per-session
 * returns and the deflated Sharpe ratio of the ranking's winner ({@link GridValidation#overfitting}).
 * Built once on the command's thread after the runs.
 */
final class SweepOverfitting {
    private final GridValidation.Overfitting figures;
    private final int winnerGridIndex;
    private final int[] gridIndex;

    private SweepOverfitting(GridValidation.Overfitting figures, int winnerGridIndex, int[] gridIndex) {
        this.figures = figures;
        this.winnerGridIndex = winnerGridIndex;
        this.gridIndex = gridIndex;
    }

    static SweepOverfitting of(Sweep.Result<GridPoint> result, double deposit) {
        List<WalkForward.Run> runs = new ArrayList<>();
        int[] gridIndex = new int[result.inGridOrder().size()];
        for (Sweep.Entry<GridPoint> e : result.inGridOrder()) {
            gridIndex[runs.size()] = e.parameters().gridIndex();
            runs.add(new WalkForward.Run(e.parameters().values().toString(), e.result().trades(), e.result().sessionEquity(),
                    deposit, null));
        }
        Sweep.Entry<GridPoint> winner = result.ranked().get(0);
        return new SweepOverfitting(GridValidation.overfitting(runs, winner.index(), 0), winner.parameters().gridIndex(),
                gridIndex);
    }

    /** The "overfitting" block of the sweep's JSON document. */
    JsonObject json() {
        JsonObject o = new JsonObject();
        OverfittingProbability p = figures.pbo();
        JsonObject pbo = new JsonObject();
        if (p == null) {
            pbo.addProperty("problem", figures.pboProblem());
        } else {
            pbo.add("pbo", ValidationDocument.num(p.pbo()));
            pbo.addProperty("likelyOverfit", p.likelyOverfit());
            pbo.add("probabilityOfLoss", ValidationDocument.num(p.probabilityOfLoss()));
            pbo.addProperty("periods", p.periods());
            pbo.addProperty("blocks", p.blocks());
            pbo.addProperty("combinations", p.combinations());
            JsonArray logits = new JsonArray();
            for (double l : p.logits()) logits.add(ValidationDocument.num(l));
            pbo.add("logits", logits);
            JsonArray chosen = new JsonArray();
            for (int c : p.chosen()) chosen.add(gridIndex[c]);
            pbo.add("chosenGridIndex", chosen);
        }
        o.add("pbo", pbo);
        DeflatedSharpe d = figures.deflated();
        JsonObject dsr = new JsonObject();
        dsr.addProperty("winnerGridIndex", winnerGridIndex);
        if (d == null) {
            dsr.addProperty("problem", figures.dsrProblem());
        } else {
            dsr.add("deflatedSharpe", ValidationDocument.num(d.deflated()));
            dsr.addProperty("significant", d.significant());
            dsr.add("sharpePerSession", ValidationDocument.num(d.sharpe()));
            dsr.addProperty("sessions", d.observations());
            dsr.add("skewness", ValidationDocument.num(d.skewness()));
            dsr.add("kurtosis", ValidationDocument.num(d.kurtosis()));
            dsr.addProperty("trials", d.trials());
            dsr.add("trialSharpeVariance", ValidationDocument.num(d.trialVariance()));
            dsr.add("expectedMaxSharpe", ValidationDocument.num(d.expectedMaximum()));
        }
        o.add("deflatedSharpe", dsr);
        return o;
    }

    /** Two console lines. */
    String console() {
        StringBuilder b = new StringBuilder();
        OverfittingProbability p = figures.pbo();
        BacktestCommand.line(b, "PBO", p == null ? "not computed: " + figures.pboProblem()
                : String.format(Locale.ROOT, "%.3f over %d CSCV splits of %d sessions%s (0 = the choice is real, "
                        + "0.5 = no better than a random pick)", p.pbo(), p.combinations(), p.periods(),
                p.likelyOverfit() ? ", likely overfit" : ""));
        DeflatedSharpe d = figures.deflated();
        BacktestCommand.line(b, "deflated Sharpe", d == null ? "not computed: " + figures.dsrProblem()
                : String.format(Locale.ROOT, "%.3f for rank 1 (%s; Sharpe %.3f per session vs %.3f expected from the best "
                        + "of %d without edge)", d.deflated(), d.significant() ? "significant" : "not significant",
                d.sharpe(), d.expectedMaximum(), d.trials()));
        return b.toString();
    }
}
