package io.orderflow.strategy.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;

/**
 * Reads and writes the strategy's JSON configuration file (Gson streaming API, strict JSON).
 *
 * <p>The file is nested by the dots of the keys: {@code {"trend": {"emaFast": 9}}} sets
 * {@code trend.emaFast}. Every key is optional (defaults from {@link ParameterTable}); an unknown key,
 * a duplicate key, {@code null}, a wrong type or an out-of-range value is rejected with a
 * {@link ConfigException} naming the key, the allowed range and the place in the file
 * ({@code file:line}). Stateless; thread-safe.
 */
public final class StrategyConfigLoader {
    private StrategyConfigLoader() {
    }

    /** Loads {@code file} (UTF-8). */
    public static StrategyConfig load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    /** Parses JSON text; {@code source} names it in error messages. */
    public static StrategyConfig parse(String json, String source) {
        try {
            return parse(new StringReader(json), source);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses JSON from {@code reader}; {@code source} names it in error messages. */
    public static StrategyConfig parse(Reader reader, String source) throws IOException {
        StrategyConfig.Builder b = StrategyConfig.builder();
        for (Map.Entry<String, Located> e : read(reader, source).entrySet()) {
            b.set(e.getKey(), e.getValue().value(), e.getValue().where());
        }
        try {
            return b.build();
        } catch (ConfigException e) {
            throw new ConfigException(e.key(), source + ": " + e.getMessage());
        }
    }

    /** A value of a configuration file and where it stands. */
    public static final class Located {
        private final Object value;
        private final String source;
        private final int line;

        Located(Object value, String source, int line) {
            this.value = value;
            this.source = source;
            this.line = line;
        }

        /** Double for a JSON number, String, Boolean, or null for JSON {@code null}. */
        public Object value() { return value; }

        /** Line in the file, from 1 (0 if unknown). */
        public int line() { return line; }

        /** {@code source:line}. */
        public String where() { return source + ":" + line; }
    }

    /**
     * The values of a configuration file by dotted key, in file order, with their lines. Checks the
     * file's shape — one JSON object, objects only for sections, values only for keys, no duplicate
     * key, no arrays — but not the values: {@link StrategyConfig.Builder#set} does that.
     *
     * @throws ConfigException naming the key and {@code source:line}
     */
    public static Map<String, Located> read(Reader reader, String source) throws IOException {
        Map<String, Located> out = new LinkedHashMap<>();
        JsonReader in = new JsonReader(reader);
        try {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                throw new ConfigException("", source + ": the configuration must be a JSON object, found " + in.peek());
            }
            readObject(in, "", out, source);
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new ConfigException("", source + ":" + line(in) + ": text after the configuration object");
            }
        } catch (MalformedJsonException | IllegalStateException e) {
            throw new ConfigException("", source + ": not valid JSON: " + io.orderflow.data.JsonErrorText.describe(e));
        }
        return out;
    }

    private static void readObject(JsonReader in, String section, Map<String, Located> out, String source)
            throws IOException {
        in.beginObject();
        Set<String> seen = new HashSet<>();
        while (in.hasNext()) {
            String name = in.nextName();
            String path = section.isEmpty() ? name : section + "." + name;
            int line = line(in);
            String at = source + ":" + line + ": ";
            if (!seen.add(name)) throw new ConfigException(path, at + "duplicate key '" + path + "'");
            JsonToken t = in.peek();
            if (t == JsonToken.BEGIN_OBJECT) {
                if (!ParameterTable.isSection(path)) {
                    if (ParameterTable.find(path) != null) {
                        throw new ConfigException(path, at + "'" + path + "' must be a value, not an object: allowed "
                                + ParameterTable.find(path).allowed());
                    }
                    throw new ConfigException(path, at + "unknown section '" + path + "'; known keys "
                            + (section.isEmpty() ? "at the top level" : "in '" + section + "'") + ": "
                            + ParameterTable.keysUnder(section));
                }
                readObject(in, path, out, source);
                continue;
            }
            Object value;
            switch (t) {
                case NUMBER: {
                    String text = in.nextString();
                    try {
                        value = Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw new ConfigException(path, at + "'" + path + "' = " + text + " is not a number");
                    }
                    break;
                }
                case STRING:
                    value = in.nextString();
                    break;
                case BOOLEAN:
                    value = in.nextBoolean();
                    break;
                case NULL:
                    in.nextNull();
                    value = null;
                    break;
                default:
                    if (ParameterTable.find(path) == null && !ParameterTable.isSection(path)) {
                        StrategyConfig.builder().set(path, "", source + ":" + line); // reports the unknown key with the known ones
                    }
                    throw new ConfigException(path, at + "'" + path + "' has the wrong type: found " + t);
            }
            if (ParameterTable.find(path) == null && ParameterTable.isSection(path)) {
                throw new ConfigException(path, at + "'" + path + "' is a section: expected an object with keys "
                        + ParameterTable.keysUnder(path));
            }
            out.put(path, new Located(value, source, line));
        }
        in.endObject();
    }

    private static int line(JsonReader in) {
        String s = in.toString(); // "JsonReader at line L column C path $.a.b"
        int at = s.indexOf(" at line ");
        int col = s.indexOf(" column ");
        if (at >= 0 && col > at) {
            try {
                return Integer.parseInt(s.substring(at + 9, col).trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** The configuration as nested JSON, every key present, in documentation order. */
    public static String toJson(StrategyConfig config) {
        StringWriter sw = new StringWriter();
        try {
            write(config, sw);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sw.toString();
    }

    /** Writes the configuration as nested JSON, every key present, sections in order of first appearance. */
    public static void write(StrategyConfig config, Writer out) throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Param p : ParameterTable.all()) {
            String[] parts = p.path().split("\\.");
            Map<String, Object> node = tree;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.get(parts[i]);
                if (child == null) {
                    child = new LinkedHashMap<>();
                    node.put(parts[i], child);
                }
                node = child;
            }
            node.put(parts[parts.length - 1], p);
        }
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        writeNode(tree, config, w);
        w.flush();
    }

    private static void writeNode(Map<String, Object> node, StrategyConfig config, JsonWriter w) throws IOException {
        w.beginObject();
        for (Map.Entry<String, Object> e : node.entrySet()) {
            w.name(e.getKey());
            if (e.getValue() instanceof Map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) e.getValue();
                writeNode(child, config, w);
                continue;
            }
            Param p = (Param) e.getValue();
            Object v = config.value(p);
            switch (p.type()) {
                case INT: w.value(((Integer) v).longValue()); break;
                case DOUBLE: w.value((Double) v); break;
                case BOOLEAN: w.value((Boolean) v); break;
                case STRING: w.value((String) v); break;
                default: w.value(((Enum<?>) v).name()); break;
            }
        }
        w.endObject();
    }
}
