package io.orderflow.strategy.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One strategy parameter: its JSON path (dotted, e.g. {@code trend.emaFast}), type, default,
 * allowed range and a one-line description with the unit.
 *
 * <p>The same parameter appears in JForex as a public {@code @Configurable} field named by
 * {@link #jforexField()} (the path in camel case: {@code trendEmaFast}); its Java type there is
 * {@link #jforexType()}. Immutable; thread-safe.
 */
public final class Param {
    /** The value types a parameter can have; all map onto JForex {@code @Configurable} field types. */
    public enum Type {
        INT, DOUBLE, BOOLEAN, STRING, ENUM
    }

    private final String path;
    private final Type type;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final Class<? extends Enum<?>> enumType;
    private final String description;

    private Param(String path, Type type, Object defaultValue, double min, double max,
                  Class<? extends Enum<?>> enumType, String description) {
        this.path = Objects.requireNonNull(path, "path");
        this.type = type;
        this.defaultValue = Objects.requireNonNull(defaultValue, "default of " + path);
        this.min = min;
        this.max = max;
        this.enumType = enumType;
        this.description = Objects.requireNonNull(description, "description");
    }

    static Param ofInt(String path, int def, int min, int max, String description) {
        if (def < min || def > max) throw new IllegalArgumentException(path + ": default outside range");
        return new Param(path, Type.INT, def, min, max, null, description);
    }

    static Param ofDouble(String path, double def, double min, double max, String description) {
        if (def < min || def > max) throw new IllegalArgumentException(path + ": default outside range");
        return new Param(path, Type.DOUBLE, def, min, max, null, description);
    }

    static Param ofBoolean(String path, boolean def, String description) {
        return new Param(path, Type.BOOLEAN, def, 0, 1, null, description);
    }

    /** A string parameter whose length is limited to {@code 0..maxLength}. */
    static Param ofString(String path, String def, int maxLength, String description) {
        return new Param(path, Type.STRING, def, 0, maxLength, null, description);
    }

    static <E extends Enum<E>> Param ofEnum(String path, E def, String description) {
        @SuppressWarnings("unchecked")
        Class<? extends Enum<?>> cls = (Class<? extends Enum<?>>) def.getDeclaringClass();
        return new Param(path, Type.ENUM, def, 0, 0, cls, description);
    }

    /** Dotted JSON path, e.g. {@code trend.emaFast}. */
    public String path() { return path; }

    public Type type() { return type; }

    /** Default value: Integer, Double, Boolean, String or the enum constant. */
    public Object defaultValue() { return defaultValue; }

    /** Smallest allowed value (INT, DOUBLE); for STRING the minimum length (0). */
    public double min() { return min; }

    /** Largest allowed value (INT, DOUBLE); for STRING the maximum length. */
    public double max() { return max; }

    /** The enum class of an ENUM parameter, else null. */
    public Class<? extends Enum<?>> enumType() { return enumType; }

    public String description() { return description; }

    /** Name of the mirroring JForex {@code @Configurable} field: the path in camel case. */
    public String jforexField() {
        StringBuilder sb = new StringBuilder(path.length());
        boolean upper = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** Java type of the JForex field: {@code int}, {@code double}, {@code boolean}, {@code String} or the enum. */
    public String jforexType() {
        switch (type) {
            case INT: return "int";
            case DOUBLE: return "double";
            case BOOLEAN: return "boolean";
            case STRING: return "String";
            default: return enumType.getName().replace('$', '.');
        }
    }

    /** Names of the constants of an ENUM parameter. */
    public String[] enumNames() {
        Enum<?>[] constants = enumType.getEnumConstants();
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) names[i] = constants[i].name();
        return names;
    }

    /** Human-readable allowed values, e.g. {@code 2..500}, {@code true|false}, {@code EMA_CROSS|DONCHIAN_BREAKOUT}. */
    public String allowed() {
        switch (type) {
            case INT: return (long) min + ".." + (long) max;
            case DOUBLE: return fmt(min) + ".." + fmt(max);
            case BOOLEAN: return "true|false";
            case STRING: return "text of at most " + (long) max + " characters";
            default: return String.join("|", Arrays.asList(enumNames()));
        }
    }

    /** The default rendered as it is written in JSON (enums and strings without quotes). */
    public String defaultText() {
        if (type == Type.DOUBLE) return fmt((Double) defaultValue);
        if (type == Type.ENUM) return ((Enum<?>) defaultValue).name();
        return String.valueOf(defaultValue);
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        return String.format(Locale.ROOT, "%s", v);
    }

    /**
     * A value written as text as this parameter's type: a number for INT and DOUBLE (an INT whole
     * number as an Integer, so that it reads 5, not 5.0), true/false (any case) for BOOLEAN, the
     * trimmed text otherwise. The range is not checked here ({@link StrategyConfig.Builder#set} does).
     *
     * @throws ConfigException when the text is not a number, or not true or false
     */
    public Object parseText(String text) {
        String v = text.trim();
        switch (type) {
            case INT:
            case DOUBLE:
                try {
                    double d = Double.parseDouble(v);
                    if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException(v);
                    if (type == Type.INT && d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) return (int) d;
                    return d;
                } catch (NumberFormatException e) {
                    throw new ConfigException(path, "'" + path + "' = \"" + v + "\" is not a number: allowed " + allowed());
                }
            case BOOLEAN:
                if (v.equalsIgnoreCase("true")) return Boolean.TRUE;
                if (v.equalsIgnoreCase("false")) return Boolean.FALSE;
                throw new ConfigException(path, "'" + path + "' = \"" + v + "\" is not true or false");
            default:
                return v;
        }
    }

    /**
     * Checks and converts a value given for this parameter (Number, Boolean, String or enum constant).
     *
     * @throws ConfigException naming the key and the allowed range or values
     */
    Object coerce(Object value, String where) {
        String at = where == null ? "" : " (" + where + ")";
        switch (type) {
            case INT: {
                if (!(value instanceof Number)) throw typeError(value, "a whole number", at);
                double d = ((Number) value).doubleValue();
                if (d != Math.rint(d)) throw typeError(value, "a whole number", at);
                if (d < min || d > max) throw rangeError(value, at);
                return (int) d;
            }
            case DOUBLE: {
                if (!(value instanceof Number)) throw typeError(value, "a number", at);
                double d = ((Number) value).doubleValue();
                if (Double.isNaN(d) || d < min || d > max) throw rangeError(value, at);
                return d;
            }
            case BOOLEAN:
                if (!(value instanceof Boolean)) throw typeError(value, "true or false", at);
                return value;
            case STRING: {
                if (!(value instanceof String)) throw typeError(value, "a string", at);
                String s = (String) value;
                if (s.length() > max) {
                    throw new ConfigException(path, "'" + path + "' = \"" + s + "\" is too long: " + allowed() + at);
                }
                return s;
            }
            default: {
                if (enumType.isInstance(value)) return value;
                if (!(value instanceof String)) throw typeError(value, "one of " + allowed(), at);
                for (Enum<?> e : enumType.getEnumConstants()) {
                    if (e.name().equalsIgnoreCase((String) value)) return e;
                }
                throw new ConfigException(path, "'" + path + "' = \"" + value + "\" is not allowed: use one of "
                        + allowed() + at);
            }
        }
    }

    private ConfigException typeError(Object value, String expected, String at) {
        return new ConfigException(path, "'" + path + "' = " + render(value) + " has the wrong type: expected "
                + expected + " in " + allowed() + at);
    }

    private ConfigException rangeError(Object value, String at) {
        return new ConfigException(path, "'" + path + "' = " + render(value) + " is out of range: allowed "
                + allowed() + at);
    }

    private static String render(Object value) {
        if (value instanceof String) return "\"" + value + "\"";
        if (value instanceof Double || value instanceof Float) return fmt(((Number) value).doubleValue());
        return String.valueOf(value);
    }

    @Override
    public String toString() { return path; }
}
