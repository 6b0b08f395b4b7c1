/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/** Describes an optional input (a working bean). */
public class OptInputParameterInfo {

    /** Kind of optional input. */
    public enum Type {
        PERCENT, DEGREE, CURRENCY, OTHER
    }

    private String name;
    private Type type;
    private OptInputDescription description;

    public OptInputParameterInfo() {
    }

    public OptInputParameterInfo(String name, Type type, OptInputDescription description) {
        this.name = name;
        this.type = type;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Type getType() {
        return type;
    }

    public void setType(Type type) {
        this.type = type;
    }

    public OptInputDescription getDescription() {
        return description;
    }

    public void setDescription(OptInputDescription description) {
        this.description = description;
    }
}
