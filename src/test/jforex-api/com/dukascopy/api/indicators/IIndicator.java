/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/**
 * A custom indicator (TA-Lib style abstract call interface). Implemented by us: complete (jforex-api.md 2.1);
 * no method declares a checked exception.
 */
public interface IIndicator {

    void onStart(IIndicatorContext context);

    IndicatorInfo getIndicatorInfo();

    InputParameterInfo getInputParameterInfo(int index);

    OptInputParameterInfo getOptInputParameterInfo(int index);

    OutputParameterInfo getOutputParameterInfo(int index);

    /** PRICE inputs arrive as double[][] open, close, high, low, volume; DOUBLE as double[]; BAR as IBar[]. */
    void setInputParameter(int index, Object array);

    void setOptInputParameter(int index, Object value);

    void setOutputParameter(int index, Object array);

    int getLookback();

    int getLookforward();

    IndicatorResult calculate(int startIndex, int endIndex);
}
