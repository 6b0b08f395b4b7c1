/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.io.File;
import java.util.Collection;

import com.dukascopy.api.feed.IFeedDescriptor;
import com.dukascopy.api.indicators.IIndicator;

/**
 * Indicator registry and calculation for strategies. Called only: the non-TA members of
 * jforex-api.md 2.6 (the ~1000 named TA methods and the deprecated overloads are left out).
 */
public interface IIndicators {

    /** Which price an input uses. */
    enum AppliedPrice {
        CLOSE("Close price"),
        OPEN("Open price"),
        HIGH("High price"),
        LOW("Low price"),
        MEDIAN_PRICE("Median price (HL/2)"),
        TYPICAL_PRICE("Typical price (HLC/3)"),
        WEIGHTED_CLOSE("Weighted close price (HLCC/4)"),
        TIMESTAMP("Time"),
        VOLUME("Volume");

        private final String text;

        AppliedPrice(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Moving average types. */
    enum MaType {
        SMA, EMA, WMA, DEMA, TEMA, TRIMA, KAMA, MAMA, T3, HMA, LWMA, SMMA
    }

    Collection<String> getGroups();

    Collection<String> getNames(String groupName);

    Collection<String> getAllNames();

    IIndicator getIndicator(String name);

    IIndicator getIndicatorByPath(String indicatorPath);

    String registerCustomIndicator(File compiledCustomIndcatorFile) throws JFException;

    String registerCustomIndicator(Class<? extends IIndicator> indicatorClass) throws JFException;

    void registerDownloadableIndicator(String id, String name) throws JFException;

    // 1
    Object[] calculateIndicator(Instrument instrument, Period period, OfferSide[] offerSides, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, int shift) throws JFException;

    // 2
    Object[] calculateIndicator(Instrument instrument, Period period, OfferSide[] offerSides, Period basePeriod, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, int shift) throws JFException;

    // 3
    Object[] calculateIndicator(Instrument instrument, Period period, OfferSide[] offerSides, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, Filter filter, int shift) throws JFException;

    // 4
    Object[] calculateIndicator(Instrument instrument, Period period, OfferSide[] offerSides, Period basePeriod, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, Filter filter, int shift) throws JFException;

    // 5
    Object[] calculateIndicator(Instrument instrument, Period period, OfferSide[] offerSides, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, long from, long to) throws JFException;

    // 6
    Object[] calculateIndicator(Instrument instrument, Period period, OfferSide[] offerSides, Period basePeriod, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, long from, long to) throws JFException;

    // 7
    Object[] calculateIndicator(Instrument instrument, Period period, OfferSide[] offerSides, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, Filter filter, long from, long to) throws JFException;

    // 8
    Object[] calculateIndicator(Instrument instrument, Period period, OfferSide[] offerSides, Period basePeriod, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, Filter filter, long from, long to) throws JFException;

    // 9
    Object[] calculateIndicator(Instrument instrument, Period period, OfferSide[] offerSides, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, Filter filter, int numberOfCandlesBefore, long time,
            int numberOfCandlesAfter) throws JFException;

    // 10
    Object[] calculateIndicator(Instrument instrument, Period period, OfferSide[] offerSides, Period basePeriod, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, Filter filter, int numberOfCandlesBefore, long time,
            int numberOfCandlesAfter) throws JFException;

    // 11
    Object[] calculateIndicator(IFeedDescriptor feedDescriptor, OfferSide[] offerSides, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, int shift) throws JFException;

    // 12
    Object[] calculateIndicator(IFeedDescriptor feedDescriptor, OfferSide[] offerSides, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, long from, long to) throws JFException;

    // 13
    Object[] calculateIndicator(IFeedDescriptor feedDescriptor, OfferSide[] offerSides, Period basePeriod, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, long from, long to) throws JFException;

    // 14
    Object[] calculateIndicator(IFeedDescriptor feedDescriptor, OfferSide[] offerSides, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, int numberOfBarsBefore, long time, int numberOfBarsAfter) throws JFException;

    // 15
    Object[] calculateIndicator(IFeedDescriptor feedDescriptor, OfferSide[] offerSides, Period basePeriod, String functionName,
            AppliedPrice[] inputTypes, Object[] optParams, int numberOfBarsBefore, long time, int numberOfBarsAfter) throws JFException;
}
