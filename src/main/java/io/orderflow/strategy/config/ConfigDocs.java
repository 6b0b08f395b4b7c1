package io.orderflow.strategy.config;

/**
 * Text generated from {@link StrategyParams}: the documentation table and the JForex
 * {@code @Configurable} field declarations that mirror the JSON keys one to one. Stateless.
 */
public final class ConfigDocs {
    private ConfigDocs() {
    }

    /** A Markdown table: key, JForex field, type, default, allowed, meaning. */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| key | JForex field | type | default | allowed | meaning |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (Param p : StrategyParams.all()) {
            sb.append("| `").append(p.path()).append("` | `").append(p.jforexField()).append("` | ")
                    .append(shortType(p)).append(" | `").append(p.defaultText()).append("` | ")
                    .append(p.allowed().replace("|", "\\|")).append(" | ").append(p.description().replace("|", "\\|"))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String shortType(Param p) {
        return p.type() == Param.Type.ENUM ? "enum" : p.jforexType();
    }

    /**
     * Java 8 field declarations for a JForex strategy, one per key, with defaults, e.g.
     * {@code @Configurable(value = "trend.emaFast", description = "...") public int trendEmaFast = 9;}.
     * Enum fields use the strategy package's enums; the strategy passes every field to
     * {@link StrategyConfig.Builder#set(String, Object)} under its field name.
     */
    public static String jforexFieldDeclarations() {
        StringBuilder sb = new StringBuilder();
        for (Param p : StrategyParams.all()) {
            sb.append("@Configurable(value = \"").append(p.path()).append("\", description = \"")
                    .append(p.description().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            if (p.type() == Param.Type.DOUBLE) sb.append(", stepSize = ").append(step(p));
            sb.append(")\npublic ").append(p.jforexType()).append(' ').append(p.jforexField()).append(" = ")
                    .append(javaLiteral(p)).append(";\n");
        }
        return sb.toString();
    }

    private static String step(Param p) {
        double d = (Double) p.defaultValue();
        if (d == Math.rint(d) && Math.abs(d) >= 1) return "1";
        return "0.1";
    }

    private static String javaLiteral(Param p) {
        switch (p.type()) {
            case DOUBLE: return Param.fmt((Double) p.defaultValue()) + (p.defaultText().contains(".") ? "" : ".0");
            case STRING: return "\"" + p.defaultValue() + "\"";
            case ENUM: return p.jforexType() + "." + p.defaultText();
            default: return p.defaultText();
        }
    }
}
