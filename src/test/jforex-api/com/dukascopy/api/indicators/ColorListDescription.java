/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import java.awt.Color;

/** A Color optional input chosen from a list. */
public class ColorListDescription implements OptInputDescription {

    private Color defaultValue;
    private Color[] values;
    private String[] valueNames;

    public ColorListDescription() {
    }

    public ColorListDescription(Color defaultValue, Color[] values, String[] valueNames) {
        this.defaultValue = defaultValue;
        this.values = values;
        this.valueNames = valueNames;
    }

    @Override
    public Object getOptInputDefaultValue() {
        return defaultValue;
    }

    public Color getDefaultValue() {
        return defaultValue;
    }

    public void setDefaultValue(Color defaultValue) {
        this.defaultValue = defaultValue;
    }

    public Color[] getValues() {
        return values;
    }

    public void setValues(Color[] values) {
        this.values = values;
    }

    public String[] getValueNames() {
        return valueNames;
    }

    public void setValueNames(String[] valueNames) {
        this.valueNames = valueNames;
    }
}
