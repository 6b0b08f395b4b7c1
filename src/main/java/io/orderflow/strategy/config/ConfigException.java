package io.orderflow.strategy.config;

/**
 * A configuration value that cannot be used: unknown key, wrong type, out of range, or
 * inconsistent with another key. The message names the key (its JSON path) and what is allowed.
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public ConfigException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The JSON path of the offending key, e.g. {@code trend.emaFast}. */
    public String key() { return key; }
}
