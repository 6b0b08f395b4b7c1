/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.dukascopy.api.DataType;

/** Describes an indicator (a working bean; jforex-api.md 2.3). Every DataType is supported by default. */
public class IndicatorInfo {

    private String name;
    private String title;
    private String groupName;
    private boolean overChart;
    private boolean overVolumes;
    private boolean unstablePeriod;
    private int numberOfInputs;
    private int numberOfOptionalInputs;
    private int numberOfOutputs;
    private boolean showOnTicks = true;
    private boolean recalculateAll;
    private boolean sparseIndicator;
    private boolean recalculateOnNewCandleOnly;
    private final Set<DataType> supportedDataTypes = EnumSet.allOf(DataType.class);
    private List<LevelInfo> defaultLevelsInfo;

    public IndicatorInfo() {
    }

    public IndicatorInfo(String name, String title, String groupName, boolean overChart, boolean overVolumes, boolean unstablePeriod,
            int numberOfInputs, int numberOfOptionalInputs, int numberOfOutputs) {
        this.name = name;
        this.title = title;
        this.groupName = groupName;
        this.overChart = overChart;
        this.overVolumes = overVolumes;
        this.unstablePeriod = unstablePeriod;
        this.numberOfInputs = numberOfInputs;
        this.numberOfOptionalInputs = numberOfOptionalInputs;
        this.numberOfOutputs = numberOfOutputs;
    }

    /** Deprecated in the real javadoc only (not annotated): candlesticks just makes the indicator overChart. */
    public IndicatorInfo(String name, String title, String groupName, boolean overChart, boolean overVolumes, boolean unstablePeriod,
            boolean candlesticks, int numberOfInputs, int numberOfOptionalInputs, int numberOfOutputs) {
        this(name, title, groupName, overChart || candlesticks, overVolumes, unstablePeriod, numberOfInputs, numberOfOptionalInputs,
                numberOfOutputs);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public boolean isOverChart() {
        return overChart;
    }

    public void setOverChart(boolean overChart) {
        this.overChart = overChart;
    }

    public boolean isOverVolumes() {
        return overVolumes;
    }

    public void setOverVolumes(boolean overVolumes) {
        this.overVolumes = overVolumes;
    }

    public boolean isUnstablePeriod() {
        return unstablePeriod;
    }

    public void setUnstablePeriod(boolean unstablePeriod) {
        this.unstablePeriod = unstablePeriod;
    }

    /** @deprecated always false */
    @Deprecated
    public boolean isCandlesticks() {
        return false;
    }

    /** @deprecated true makes the indicator overChart */
    @Deprecated
    public void setCandlesticks(boolean candlesticks) {
        this.overChart = overChart || candlesticks;
    }

    public int getNumberOfInputs() {
        return numberOfInputs;
    }

    public void setNumberOfInputs(int numberOfInputs) {
        this.numberOfInputs = numberOfInputs;
    }

    public int getNumberOfOptionalInputs() {
        return numberOfOptionalInputs;
    }

    public void setNumberOfOptionalInputs(int numberOfOptionalInputs) {
        this.numberOfOptionalInputs = numberOfOptionalInputs;
    }

    public int getNumberOfOutputs() {
        return numberOfOutputs;
    }

    public void setNumberOfOutputs(int numberOfOutputs) {
        this.numberOfOutputs = numberOfOutputs;
    }

    @Deprecated
    public boolean isShowOnTicks() {
        return showOnTicks;
    }

    @Deprecated
    public void setShowOnTicks(boolean showOnTicks) {
        this.showOnTicks = showOnTicks;
    }

    public boolean isRecalculateAll() {
        return recalculateAll;
    }

    /** True: recalculate on all chart data instead of only the new candle. */
    public void setRecalculateAll(boolean recalculateAll) {
        this.recalculateAll = recalculateAll;
    }

    @Deprecated
    public boolean isSparceIndicator() {
        return sparseIndicator;
    }

    @Deprecated
    public void setSparceIndicator(boolean sparceIndicator) {
        this.sparseIndicator = sparceIndicator;
    }

    public boolean isSparseIndicator() {
        return sparseIndicator;
    }

    public void setSparseIndicator(boolean sparseIndicator) {
        this.sparseIndicator = sparseIndicator;
    }

    public boolean isRecalculateOnNewCandleOnly() {
        return recalculateOnNewCandleOnly;
    }

    public void setRecalculateOnNewCandleOnly(boolean recalculateOnNewCandleOnly) {
        this.recalculateOnNewCandleOnly = recalculateOnNewCandleOnly;
    }

    public boolean isDataTypeSupported(DataType dataType) {
        return supportedDataTypes.contains(dataType);
    }

    /** Replaces the supported set. */
    public void setSupportedDataTypes(DataType... dataTypes) {
        supportedDataTypes.clear();
        Collections.addAll(supportedDataTypes, dataTypes);
    }

    /** Copies of the default levels, or null. */
    public List<LevelInfo> getDefaultLevelsInfo() {
        return copy(defaultLevelsInfo);
    }

    public void setDefaultLevelsInfo(List<LevelInfo> levelsInfo) {
        this.defaultLevelsInfo = copy(levelsInfo);
    }

    public void setDefaultLevelsInfo(LevelInfo[] levelsInfo) {
        setDefaultLevelsInfo(levelsInfo == null ? null : Arrays.asList(levelsInfo));
    }

    private static List<LevelInfo> copy(List<LevelInfo> levels) {
        if (levels == null) {
            return null;
        }
        List<LevelInfo> result = new ArrayList<LevelInfo>(levels.size());
        for (LevelInfo level : levels) {
            result.add(level.clone());
        }
        return result;
    }
}
