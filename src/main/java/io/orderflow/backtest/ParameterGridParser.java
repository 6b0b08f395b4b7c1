package io.orderflow.backtest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.orderflow.data.JsonErrorText;
import io.orderflow.strategy.config.ConfigException;
import io.orderflow.strategy.config.Param;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * Reads a sweep grid over strategy configuration keys into a {@link ParameterGrid}: axes written as
 * {@code KEY=V1,V2,...} and grid files holding a JSON object {@code {"key": [values...], ...}}, in
 * the order given. A key is a dotted configuration key or a JForex field name; the axis is named by
 * the dotted key. Each value is typed by its parameter ({@link Param#parseText}) and checked against
 * the parameter's range alone (whether a whole point is valid is decided by
 * {@link ParameterGrid#configurations}). The instrument and the account keys cannot vary: every run
 * of a sweep shares the ticks and the account.
 *
 * <p>Every problem is a {@link GridException} whose message starts with the label the caller gave
 * for the source (e.g. the command-line option {@code --grid}), the text or file, and says what is
 * wrong. Single-threaded.
 */
public final class ParameterGridParser {
    private final ParameterGrid grid = new ParameterGrid();
    private final String fixedKeyHint;

    /**
     * @param fixedKeyHint what the caller's user should do instead of varying the instrument or the
     *                     account (appended to that message), e.g. which options set them
     */
    public ParameterGridParser(String fixedKeyHint) {
        this.fixedKeyHint = fixedKeyHint;
    }

    /** The grid read so far. */
    public ParameterGrid grid() {
        return grid;
    }

    /**
     * Adds the axis written as {@code KEY=V1,V2,...}; {@code label} names where the text came from
     * (messages read "{label} {text}: ...").
     *
     * @throws GridException for a malformed axis, an unknown or fixed key, a bad value or an axis given twice
     */
    public ParameterGridParser axis(String label, String text) {
        String where = label + " " + text;
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new GridException(where + ": expected KEY=V1,V2,..., e.g. " + label + " trend.emaFast=5,9,13");
        }
        String key = text.substring(0, eq).trim();
        List<Object> values = new ArrayList<>();
        for (String v : text.substring(eq + 1).split(",", -1)) {
            if (v.trim().isEmpty()) throw new GridException(where + ": empty value");
            values.add(value(key, v, where));
        }
        addAxis(key, values, where);
        return this;
    }

    /**
     * Adds the axes of the JSON grid file {@code file} ({@code {"key": [values...], ...}}, numbers,
     * strings or true/false), in file order; {@code label} names where the file came from (messages
     * read "{label} {file}: ...").
     *
     * @throws GridException for a missing, unreadable or malformed file, or any problem of {@link #axis}
     */
    public ParameterGridParser file(String label, Path file) {
        String at = label + " " + file;
        JsonElement root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(r);
        } catch (NoSuchFileException e) {
            throw new GridException(at + ": no such file");
        } catch (IOException e) {
            throw new GridException(at + ": cannot read it: " + e.getMessage());
        } catch (JsonParseException e) {
            throw new GridException(at + ": not valid JSON: " + JsonErrorText.describe(e));
        }
        if (!root.isJsonObject()) throw new GridException(at + ": expected an object {\"key\": [values...], ...}");
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
            String where = at + ": '" + e.getKey() + "'";
            if (!e.getValue().isJsonArray() || e.getValue().getAsJsonArray().size() == 0) {
                throw new GridException(where + " must be a non-empty list of values, e.g. [5, 9, 13]");
            }
            List<Object> values = new ArrayList<>();
            for (JsonElement v : e.getValue().getAsJsonArray()) {
                if (!v.isJsonPrimitive()) throw new GridException(where + ": values must be numbers, strings or true/false");
                JsonPrimitive p = v.getAsJsonPrimitive();
                values.add(value(e.getKey(), p.isString() ? p.getAsString() : p.toString(), where));
            }
            addAxis(e.getKey(), values, where);
        }
        return this;
    }

    private Object value(String key, String text, String where) {
        Param p = ParameterTable.findByKeyOrField(key);
        if (p == null) {
            try {
                StrategyConfig.builder().set(key, text); // reports the unknown key with the known ones
            } catch (ConfigException e) {
                throw new GridException(where + ": " + e.getMessage());
            }
            throw new GridException(where + ": unknown key '" + key + "'");
        }
        String path = p.path();
        if (path.equals(ParameterTable.INSTRUMENT.path()) || path.startsWith("account.")) {
            throw new GridException(where + ": '" + path + "' cannot vary in a sweep (every run shares the ticks and "
                    + "the account); " + fixedKeyHint);
        }
        try {
            Object v = p.parseText(text);
            StrategyConfig.builder().set(p, v); // checks the value against its range alone
            return v;
        } catch (ConfigException e) {
            throw new GridException(where + ": " + e.getMessage());
        }
    }

    private void addAxis(String key, List<Object> values, String where) {
        String path = ParameterTable.findByKeyOrField(key).path();
        if (grid.hasAxis(path)) throw new GridException(where + ": the axis '" + path + "' is given twice");
        grid.axis(path, values);
    }
}
