package io.orderflow.cli;

import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.GridPoint;
import io.orderflow.backtest.Ranking;
import io.orderflow.backtest.Sweep;
import io.orderflow.backtest.report.ValidationReportWriter;
import io.orderflow.backtest.stats.BacktestStatistics;
import io.orderflow.backtest.stats.EquityCurve;
import io.orderflow.backtest.store.TickStore;
import io.orderflow.backtest.validation.ConfirmationVerdict;
import io.orderflow.backtest.validation.DeflatedSharpe;
import io.orderflow.backtest.validation.GridValidation;
import io.orderflow.backtest.validation.OverfittingProbability;
import io.orderflow.backtest.validation.TradingDays;
import io.orderflow.backtest.validation.WalkForward;
import io.orderflow.backtest.validation.WalkForwardPlan;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * The {@code validate} results as one JSON document (the file, and the data of the HTML report).
 * Non-finite figures are written as null. Built once on the command's thread.
 */
final class ValidationDocument {
    /** Figures of a statistics block in the document. */
    static final String[] STATISTICS = {"trades", "wins", "winRate", "netProfit", "netReturn", "maxDrawdown",
            "profitFactor", "sharpePerPeriod", "sharpeAnnualised", "periods", "expectancy", "expectancyR", "exposure",
            "commission"};

    private final JsonObject root = new JsonObject();
    private final String title;
    private final String subtitle;

    ValidationDocument(GridValidation v, Sweep.Result<GridPoint> result, Map<String, List<Object>> axes,
                       StrategyConfig base, TickStore store, RangeTicks ticks, TickDataOptions data,
                       BacktestOptions strategy, Ranking rankBy, List<String> skipped, GridValidation.Settings settings, double decodeS, double runsS, double statsS) {
        List<Sweep.Entry<GridPoint>> runs = result.inGridOrder();
        BacktestResult first = runs.get(0).result();
        title = "Validation · " + store.instrument().symbol();
        subtitle = Formats.time(data.fromMs()) + " to " + Formats.time(data.toMs()) + " UTC · " + runs.size()
                + " configurations · ranked by " + rankBy.statistic();
        root.addProperty("instrument", store.instrument().symbol());
        root.addProperty("from", Formats.iso(data.fromMs()));
        root.addProperty("to", Formats.iso(data.toMs()));
        root.addProperty("source", ticks.sourceDescription());
        root.addProperty("ticks", store.size());
        root.addProperty("data", ticks.dataSummary());
        root.addProperty("costs", strategy.describeCosts());
        root.addProperty("accountCurrency", first.accountCurrency());
        root.add("deposit", num(first.config().broker().initialDeposit()));
        root.addProperty("rankedBy", rankBy.statistic());
        root.addProperty("higherIsBetter", rankBy.higherIsBetter());
        JsonObject ax = new JsonObject();
        for (Map.Entry<String, List<Object>> a : axes.entrySet()) {
            JsonArray values = new JsonArray();
            for (Object o : a.getValue()) values.add(SweepCommandAccess.element(o));
            ax.add(a.getKey(), values);
        }
        root.add("axes", ax);
        JsonObject changed = new JsonObject();
        for (Map.Entry<String, Object> e : base.differencesFrom(StrategyConfig.defaults()).entrySet()) {
            changed.add(e.getKey(), SweepCommandAccess.element(e.getValue()));
        }
        root.add("baseChangedFromDefaults", changed);
        JsonArray sk = new JsonArray();
        for (String s : skipped) sk.add(s);
        root.add("skippedInvalid", sk);
        JsonObject timing = new JsonObject();
        timing.add("decodeSeconds", num(decodeS));
        timing.add("runsSeconds", num(runsS));
        timing.add("validationSeconds", num(statsS));
        root.add("timing", timing);
        JsonObject set = new JsonObject();
        WalkForwardPlan plan = v.walkForward().plan();
        set.addProperty("inSampleDays", plan.inSampleDays());
        set.addProperty("outOfSampleDays", plan.outOfSampleDays());
        set.addProperty("anchored", plan.anchored());
        set.addProperty("minTrades", settings.minTrades);
        set.addProperty("cscvBlocks", settings.blocks);
        set.addProperty("minSignals", settings.minSignals);
        set.addProperty("resamples", settings.resamples);
        set.add("confidence", num(settings.confidence));
        set.addProperty("seed", settings.seed);
        set.addProperty("session", "FX trading day, 17:00 America/New_York, Monday to Friday");
        root.add("settings", set);

        root.add("walkForward", walkForward(v.walkForward(), runs));
        JsonObject isEq = new JsonObject();
        Sweep.Entry<GridPoint> w = runs.get(v.winner());
        isEq.addProperty("gridIndex", w.parameters().gridIndex());
        isEq.add("parameters", params(w.parameters()));
        isEq.add("equity", curve(w.result().sessionEquity()));
        root.add("fullRangeWinner", isEq);
        root.add("overfitting", overfitting(v.overfitting(), v.overfittingProblem(), runs));
        root.add("deflatedSharpe", deflated(v.deflated(), v.deflatedProblem(), w));
        JsonObject conf = new JsonObject();
        conf.add("walkForwardOutOfSample", verdict(v.outOfSampleConfirmation()));
        conf.add("fullRangeWinner", verdict(v.winnerConfirmation()));
        root.add("confirmation", conf);
        JsonArray all = new JsonArray();
        double[] sharpes = v.sharpes();
        for (int i = 0; i < runs.size(); i++) {
            Sweep.Entry<GridPoint> e = runs.get(i);
            JsonObject r = new JsonObject();
            r.addProperty("gridIndex", e.parameters().gridIndex());
            r.add("parameters", params(e.parameters()));
            r.add("sharpePerSession", num(sharpes[i]));
            r.add("statistics", stats(e.result().statistics()));
            all.add(r);
        }
        root.add("runs", all);
    }

    private static JsonObject walkForward(WalkForward.Result wf, List<Sweep.Entry<GridPoint>> runs) {
        JsonObject o = new JsonObject();
        WalkForwardPlan plan = wf.plan();
        o.addProperty("mode", plan.anchored() ? "anchored" : "rolling");
        o.addProperty("tradingDays", plan.days().size());
        o.addProperty("unusedDays", plan.unusedDays());
        JsonArray ws = new JsonArray();
        for (WalkForward.WindowResult r : wf.windows()) {
            WalkForwardPlan.Window x = r.window();
            JsonObject j = new JsonObject();
            j.addProperty("window", x.index() + 1);
            j.addProperty("inSampleStart", Formats.iso(x.inSampleStartMs()));
            j.addProperty("outOfSampleStart", Formats.iso(x.outOfSampleStartMs()));
            j.addProperty("outOfSampleEnd", Formats.iso(x.outOfSampleEndMs()));
            j.add("inSampleDays", dates(x.inSampleDays()));
            j.add("outOfSampleDays", dates(x.outOfSampleDays()));
            Sweep.Entry<GridPoint> c = runs.get(r.chosen());
            j.addProperty("chosenGridIndex", c.parameters().gridIndex());
            j.add("chosen", params(c.parameters()));
            j.addProperty("eligible", r.eligible());
            j.add("inSample", stats(r.inSample()));
            j.add("outOfSample", stats(r.outOfSample()));
            j.add("efficiency", num(r.efficiency()));
            ws.add(j);
        }
        o.add("windows", ws);
        o.add("outOfSample", stats(wf.outOfSample()));
        o.add("efficiency", num(wf.efficiency()));
        o.add("inSampleNetPerDay", num(wf.inSampleNetPerDay()));
        o.add("outOfSampleNetPerDay", num(wf.outOfSampleNetPerDay()));
        o.add("equity", curve(wf.equity()));
        return o;
    }

    private static JsonObject overfitting(OverfittingProbability p, String problem,
                                          List<Sweep.Entry<GridPoint>> runs) {
        JsonObject o = new JsonObject();
        if (p == null) {
            o.addProperty("problem", problem);
            return o;
        }
        o.add("pbo", num(p.pbo()));
        o.addProperty("likelyOverfit", p.likelyOverfit());
        o.add("probabilityOfLoss", num(p.probabilityOfLoss()));
        o.addProperty("periods", p.periods());
        o.addProperty("blocks", p.blocks());
        o.addProperty("combinations", p.combinations());
        o.add("logits", array(p.logits()));
        o.add("inSampleBestSharpe", array(p.inSampleBest()));
        o.add("outOfSampleSharpeOfBest", array(p.outOfSampleOfBest()));
        JsonArray chosen = new JsonArray();
        for (int c : p.chosen()) chosen.add(runs.get(c).parameters().gridIndex());
        o.add("chosenGridIndex", chosen);
        return o;
    }

    private static JsonObject deflated(DeflatedSharpe d, String problem, Sweep.Entry<GridPoint> winner) {
        JsonObject o = new JsonObject();
        o.addProperty("winnerGridIndex", winner.parameters().gridIndex());
        if (d == null) {
            o.addProperty("problem", problem);
            return o;
        }
        o.add("deflatedSharpe", num(d.deflated()));
        o.addProperty("significant", d.significant());
        o.add("sharpePerSession", num(d.sharpe()));
        o.addProperty("sessions", d.observations());
        o.add("skewness", num(d.skewness()));
        o.add("kurtosis", num(d.kurtosis()));
        o.addProperty("trials", d.trials());
        o.add("trialSharpeVariance", num(d.trialVariance()));
        o.add("expectedMaxSharpe", num(d.expectedMaximum()));
        return o;
    }

    /** The verdict as JSON (also the backtest statistics file's {@code confirmationVerdict}). */
    static JsonObject verdict(ConfirmationVerdict c) {
        JsonObject o = new JsonObject();
        o.addProperty("verdict", c.kind().words());
        o.addProperty("sentence", c.sentence());
        o.addProperty("confirmedSignals", c.confirmedCount());
        o.addProperty("unconfirmedSignals", c.unconfirmedCount());
        o.add("confirmedExpectancyR", num(c.confirmedExpectancy()));
        o.add("unconfirmedExpectancyR", num(c.unconfirmedExpectancy()));
        o.add("differenceR", num(c.difference()));
        o.add("intervalLowR", num(c.low()));
        o.add("intervalHighR", num(c.high()));
        o.add("confidence", num(c.confidence()));
        o.add("pValue", num(c.pValue()));
        o.addProperty("resamples", c.resamples());
        o.addProperty("seed", c.seed());
        o.addProperty("minSignalsPerGroup", c.minPerGroup());
        return o;
    }

    private static JsonArray dates(List<TradingDays.Day> days) {
        JsonArray a = new JsonArray();
        for (TradingDays.Day d : days) a.add(d.date().toString());
        return a;
    }

    private static JsonObject params(GridPoint p) {
        JsonObject o = new JsonObject();
        for (Map.Entry<String, Object> e : p.values().entrySet()) o.add(e.getKey(), SweepCommandAccess.element(e.getValue()));
        return o;
    }

    private static JsonObject stats(BacktestStatistics s) {
        JsonObject o = new JsonObject();
        for (String k : STATISTICS) o.add(k, num(s.get(k)));
        return o;
    }

    private static JsonObject curve(EquityCurve c) {
        JsonObject o = new JsonObject();
        JsonArray t = new JsonArray();
        JsonArray v = new JsonArray();
        for (int i = 0; i < c.size(); i++) {
            t.add(c.time(i));
            v.add(num(c.value(i)));
        }
        o.add("times", t);
        o.add("values", v);
        return o;
    }

    private static JsonArray array(double[] x) {
        JsonArray a = new JsonArray();
        for (double d : x) a.add(num(d));
        return a;
    }

    static JsonElement num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? JsonNull.INSTANCE : new JsonPrimitive(v);
    }

    String json() {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    ValidationReportWriter.Page report() {
        return new ValidationReportWriter.Page(title, subtitle,
                new GsonBuilder().serializeNulls().create().toJson(root));
    }

    /** Axis values as JSON, as sweep writes them. */
    static final class SweepCommandAccess {
        private SweepCommandAccess() {
        }

        static JsonElement element(Object v) {
            if (v instanceof Number) return new JsonPrimitive((Number) v);
            if (v instanceof Boolean) return new JsonPrimitive((Boolean) v);
            return new JsonPrimitive(String.valueOf(v));
        }
    }
}
