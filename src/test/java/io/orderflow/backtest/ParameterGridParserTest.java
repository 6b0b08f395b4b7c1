package io.orderflow.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.strategy.config.StrategyConfig;

/** {@link ParameterGridParser} and {@link ParameterGrid#configurations}: typed axes, messages, invalid points. */
class ParameterGridParserTest {
    private static final String HINT = "set it elsewhere";

    @TempDir
    Path tmp;

    private static ParameterGridParser parser() {
        return new ParameterGridParser(HINT);
    }

    private static String refused(Runnable r) {
        return assertThrows(GridException.class, r::run).getMessage();
    }

    @Test
    void valuesAreTypedByTheirParameterAndFieldNamesBecomeDottedKeys() {
        ParameterGrid g = parser().axis("--grid", "trendEmaFast=5, 9")
                .axis("--grid", "trend.stop.atrMultiple=1.5,2")
                .axis("--grid", "trend.orderFlowConfirmation=TRUE,false").grid();
        Map<String, List<Object>> expected = new LinkedHashMap<>();
        expected.put("trend.emaFast", Arrays.<Object>asList(5, 9));
        expected.put("trend.stop.atrMultiple", Arrays.<Object>asList(1.5, 2.0));
        expected.put("trend.orderFlowConfirmation", Arrays.<Object>asList(true, false));
        assertEquals(expected, g.axes());
        assertEquals(Integer.class, g.axes().get("trend.emaFast").get(0).getClass());
        assertEquals(8, g.size());
    }

    @Test
    void aFilesAxesComeInFileOrderBeforeLaterAxes() throws Exception {
        Path f = Files.writeString(tmp.resolve("g.json"), "{\"trend.emaSlow\": [21, 34], \"trendEmaFast\": [\"5\", 9]}");
        ParameterGrid g = parser().file("--grid-file", f).axis("--grid", "trend.stop.atrMultiple=2").grid();
        assertEquals(List.of("trend.emaSlow", "trend.emaFast", "trend.stop.atrMultiple"), new ArrayList<>(g.axes().keySet()));
        assertEquals(List.of(5, 9), g.axes().get("trend.emaFast"));
    }

    @Test
    void problemsNameTheLabelTheTextAndWhatIsWrong() throws Exception {
        assertEquals("--grid trend.emaFast: expected KEY=V1,V2,..., e.g. --grid trend.emaFast=5,9,13",
                refused(() -> parser().axis("--grid", "trend.emaFast")));
        assertEquals("--grid trend.emaFast=5,: empty value", refused(() -> parser().axis("--grid", "trend.emaFast=5,")));
        assertEquals("--grid trend.emaFast=5,abc: 'trend.emaFast' = \"abc\" is not a number: allowed 2..1000",
                refused(() -> parser().axis("--grid", "trend.emaFast=5,abc")));
        assertEquals("--grid trend.emaFast=1,9: 'trend.emaFast' = 1 is out of range: allowed 2..1000",
                refused(() -> parser().axis("--grid", "trend.emaFast=1,9")));
        assertTrue(refused(() -> parser().axis("--grid", "trend.emaFats=5")).startsWith(
                "--grid trend.emaFats=5: unknown key 'trend.emaFats'; known keys in 'trend': "));
        assertEquals("--grid trendEmaFast=9: the axis 'trend.emaFast' is given twice",
                refused(() -> parser().axis("--grid", "trend.emaFast=5").axis("--grid", "trendEmaFast=9")));
        assertEquals("--grid account.initialEquity=1000: 'account.initialEquity' cannot vary in a sweep (every run "
                + "shares the ticks and the account); " + HINT,
                refused(() -> parser().axis("--grid", "account.initialEquity=1000")));
        assertTrue(refused(() -> parser().axis("--grid", "instrument=GBPUSD")).contains("'instrument' cannot vary"));

        Path absent = tmp.resolve("absent.json");
        assertEquals("--grid-file " + absent + ": no such file", refused(() -> parser().file("--grid-file", absent)));
        Path cut = Files.writeString(tmp.resolve("cut.json"), "{\"trend.emaFast\": [5, 9\n");
        assertTrue(refused(() -> parser().file("--grid-file", cut)).startsWith(
                "--grid-file " + cut + ": not valid JSON: line 2, column 1: the text ends too early"));
        Path list = Files.writeString(tmp.resolve("list.json"), "[5]");
        assertTrue(refused(() -> parser().file("--grid-file", list)).endsWith(": expected an object {\"key\": [values...], ...}"));
        Path empty = Files.writeString(tmp.resolve("empty.json"), "{\"trend.emaFast\": []}");
        assertEquals("--grid-file " + empty + ": 'trend.emaFast' must be a non-empty list of values, e.g. [5, 9, 13]",
                refused(() -> parser().file("--grid-file", empty)));
        Path nested = Files.writeString(tmp.resolve("nested.json"), "{\"trend.emaFast\": [[5]]}");
        assertEquals("--grid-file " + nested + ": 'trend.emaFast': values must be numbers, strings or true/false",
                refused(() -> parser().file("--grid-file", nested)));
    }

    @Test
    void invalidPointsStopOrAreLeftOutAndCountedInTheFullGrid() {
        ParameterGrid g = parser().axis("--grid", "trend.emaFast=9,21,30").axis("--grid", "trend.emaSlow=21").grid();
        StrategyConfig base = StrategyConfig.defaults();
        assertEquals("grid point 2 {trend.emaFast=21, trend.emaSlow=21}: 'trend.emaFast' = 21 must be less than "
                + "'trend.emaSlow' = 21", refused(() -> g.configurations(base, false, new ArrayList<>())));
        List<String> skipped = new ArrayList<>();
        List<GridPoint> points = g.configurations(base, true, skipped);
        assertEquals(1, points.size());
        assertEquals(0, points.get(0).gridIndex());
        assertEquals(9, points.get(0).config().value(io.orderflow.strategy.config.ParameterTable.TREND_EMA_FAST));
        assertEquals(List.of("{trend.emaFast=21, trend.emaSlow=21}: 'trend.emaFast' = 21 must be less than "
                + "'trend.emaSlow' = 21", "{trend.emaFast=30, trend.emaSlow=21}: 'trend.emaFast' = 30 must be less than "
                + "'trend.emaSlow' = 21"), skipped);

        List<GridPoint> all = parser().axis("--grid", "trend.emaFast=5,9").axis("--grid", "trend.emaSlow=21,34").grid()
                .configurations(base, false, new ArrayList<>());
        assertEquals(List.of(0, 1, 2, 3), all.stream().map(GridPoint::gridIndex).collect(java.util.stream.Collectors.toList()));
        assertEquals(Map.of("trend.emaFast", 9, "trend.emaSlow", 21), all.get(2).values());
        assertEquals(34, all.get(3).config().value(io.orderflow.strategy.config.ParameterTable.TREND_EMA_SLOW));
    }
}
