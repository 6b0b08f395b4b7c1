package io.orderflow.facade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.dukascopy.api.Configurable;
import com.dukascopy.api.CustomIndicators;
import com.dukascopy.api.DataType;
import com.dukascopy.api.IContext;
import com.dukascopy.api.IEngine;
import com.dukascopy.api.IJFRunnable;
import com.dukascopy.api.IStrategy;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFException;
import com.dukascopy.api.JFTimeZone;
import com.dukascopy.api.JFXInject;
import com.dukascopy.api.Library;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.RequiresFullAccess;
import com.dukascopy.api.Unit;
import com.dukascopy.api.feed.IFeedDescriptor;
import com.dukascopy.api.feed.util.TimePeriodAggregationFeedDescriptor;
import com.dukascopy.api.indicators.IndicatorInfo;
import com.dukascopy.api.indicators.IndicatorResult;
import com.dukascopy.api.indicators.IntegerRangeDescription;
import com.dukascopy.api.indicators.LevelInfo;
import com.dukascopy.api.indicators.OutputParameterInfo;
import com.dukascopy.api.indicators.OutputParameterInfo.DrawingStyle;
import com.dukascopy.api.instrument.IFinancialInstrument;
import com.dukascopy.api.system.IStrategyExceptionHandler;

/**
 * Checks, by reflection, the rules of /work/shared/docs/jforex-api.md whose violation compiles against the
 * test-only facade (src/test/jforex-api) but breaks linkage inside the real platform: kinds, binary names,
 * exact descriptors and checked exceptions of the interfaces we implement, annotation retention, inlined
 * constants and the instrument/period values the project computes with. Expected values are written out
 * from the fact sheet, not derived from the facade.
 */
class JForexFacadeConformanceTest {

    private static final String API = "com.dukascopy.api.";
    private static final String JFE = "com.dukascopy.api.JFException";

    // ---------------------------------------------------------------- kinds

    enum Kind { INTERFACE, ENUM, ANNOTATION, CLASS, FINAL_CLASS }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("Instrument", Kind.CLASS),
                Arguments.of("Period", Kind.FINAL_CLASS),
                Arguments.of("PriceRange", Kind.FINAL_CLASS),
                Arguments.of("JFException", Kind.CLASS),
                Arguments.of("JFCurrency", Kind.CLASS),
                Arguments.of("Unit", Kind.ENUM),
                Arguments.of("OfferSide", Kind.ENUM),
                Arguments.of("Filter", Kind.ENUM),
                Arguments.of("DataType", Kind.ENUM),
                Arguments.of("JFTimeZone", Kind.ENUM),
                Arguments.of("IJFRunnable", Kind.INTERFACE),
                Arguments.of("IStrategy", Kind.INTERFACE),
                Arguments.of("IContext", Kind.INTERFACE),
                Arguments.of("IEngine", Kind.INTERFACE),
                Arguments.of("IOrder", Kind.INTERFACE),
                Arguments.of("IFillOrder", Kind.INTERFACE),
                Arguments.of("ICloseOrder", Kind.INTERFACE),
                Arguments.of("IMessage", Kind.INTERFACE),
                Arguments.of("IConnectionStatusMessage", Kind.INTERFACE),
                Arguments.of("IAccount", Kind.INTERFACE),
                Arguments.of("IHistory", Kind.INTERFACE),
                Arguments.of("ITimedData", Kind.INTERFACE),
                Arguments.of("ITick", Kind.INTERFACE),
                Arguments.of("IBar", Kind.INTERFACE),
                Arguments.of("IConsole", Kind.INTERFACE),
                Arguments.of("IIndicators", Kind.INTERFACE),
                Arguments.of("IChart", Kind.INTERFACE),
                Arguments.of("IChartPanel", Kind.INTERFACE),
                Arguments.of("IChartObject", Kind.INTERFACE),
                Arguments.of("IUserInterface", Kind.INTERFACE),
                Arguments.of("IDataService", Kind.INTERFACE),
                Arguments.of("IReportService", Kind.INTERFACE),
                Arguments.of("JFUtils", Kind.INTERFACE),
                Arguments.of("IDownloadableStrategies", Kind.INTERFACE),
                Arguments.of("ICurrency", Kind.INTERFACE),
                Arguments.of("ICurrencyConverter", Kind.INTERFACE),
                Arguments.of("LoadingDataListener", Kind.INTERFACE),
                Arguments.of("LoadingProgressListener", Kind.INTERFACE),
                Arguments.of("ConfigurableChangeListener", Kind.INTERFACE),
                Arguments.of("Configurable", Kind.ANNOTATION),
                Arguments.of("RequiresFullAccess", Kind.ANNOTATION),
                Arguments.of("CustomIndicators", Kind.ANNOTATION),
                Arguments.of("JFXInject", Kind.ANNOTATION),
                Arguments.of("instrument.IFinancialInstrument", Kind.INTERFACE),
                Arguments.of("drawings.IChartObjectFactory", Kind.INTERFACE),
                Arguments.of("feed.IFeedDescriptor", Kind.INTERFACE),
                Arguments.of("feed.ITailoredFeedDescriptor", Kind.INTERFACE),
                Arguments.of("feed.FeedDescriptor", Kind.CLASS),
                Arguments.of("feed.IFeedListener", Kind.INTERFACE),
                Arguments.of("feed.ITickFeedListener", Kind.INTERFACE),
                Arguments.of("feed.IBarFeedListener", Kind.INTERFACE),
                Arguments.of("feed.ITailoredFeedListener", Kind.INTERFACE),
                Arguments.of("feed.DataInterpolationDescriptor", Kind.ENUM),
                Arguments.of("feed.util.TicksFeedDescriptor", Kind.CLASS),
                Arguments.of("feed.util.TimePeriodAggregationFeedDescriptor", Kind.CLASS),
                Arguments.of("indicators.IIndicator", Kind.INTERFACE),
                Arguments.of("indicators.IDrawingIndicator", Kind.INTERFACE),
                Arguments.of("indicators.IMinMax", Kind.INTERFACE),
                Arguments.of("indicators.IIndicatorContext", Kind.INTERFACE),
                Arguments.of("indicators.IIndicatorDrawingSupport", Kind.INTERFACE),
                Arguments.of("indicators.IIndicatorChartPanel", Kind.INTERFACE),
                Arguments.of("indicators.IIndicatorsProvider", Kind.INTERFACE),
                Arguments.of("indicators.IStopListener", Kind.INTERFACE),
                Arguments.of("indicators.IChartInstrumentsListener", Kind.INTERFACE),
                Arguments.of("indicators.IFormulaTimeData", Kind.INTERFACE),
                Arguments.of("indicators.OptInputDescription", Kind.INTERFACE),
                Arguments.of("indicators.IndicatorInfo", Kind.CLASS),
                Arguments.of("indicators.InputParameterInfo", Kind.CLASS),
                Arguments.of("indicators.OptInputParameterInfo", Kind.CLASS),
                Arguments.of("indicators.OutputParameterInfo", Kind.CLASS),
                Arguments.of("indicators.IndicatorResult", Kind.CLASS),
                Arguments.of("indicators.LevelInfo", Kind.CLASS),
                Arguments.of("indicators.IntegerRangeDescription", Kind.CLASS),
                Arguments.of("indicators.DoubleRangeDescription", Kind.CLASS),
                Arguments.of("indicators.IntegerListDescription", Kind.CLASS),
                Arguments.of("indicators.DoubleListDescription", Kind.CLASS),
                Arguments.of("indicators.BooleanOptInputDescription", Kind.CLASS),
                Arguments.of("indicators.StringOptInputDescription", Kind.CLASS),
                Arguments.of("indicators.ColorListDescription", Kind.CLASS),
                Arguments.of("indicators.InstrumentListDescription", Kind.CLASS),
                Arguments.of("indicators.PeriodListDescription", Kind.CLASS),
                Arguments.of("indicators.DisplayMode", Kind.ENUM),
                Arguments.of("system.ISystemListener", Kind.INTERFACE),
                Arguments.of("system.IStrategyExceptionHandler", Kind.INTERFACE),
                Arguments.of("system.IClient", Kind.INTERFACE),
                Arguments.of("system.ITesterClient", Kind.INTERFACE));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("kinds")
    void typeHasTheRealKind(String name, Kind kind) throws Exception {
        Class<?> type = Class.forName(API + name);
        assertTrue(Modifier.isPublic(type.getModifiers()), name + " must be public");
        assertEquals(kind, kindOf(type), name);
    }

    private static Kind kindOf(Class<?> type) {
        if (type.isAnnotation()) {
            return Kind.ANNOTATION;
        }
        if (type.isInterface()) {
            return Kind.INTERFACE;
        }
        if (type.isEnum()) {
            return Kind.ENUM;
        }
        return Modifier.isFinal(type.getModifiers()) ? Kind.FINAL_CLASS : Kind.CLASS;
    }

    @Test
    void instrumentAndPeriodAreClassesWithTheRealSupertypes() {
        assertFalse(Instrument.class.isEnum());
        assertFalse(Modifier.isFinal(Instrument.class.getModifiers()), "Instrument is a non-final class");
        assertEquals(Set.of(IFinancialInstrument.class, Comparable.class), Set.of(Instrument.class.getInterfaces()));
        assertSame(Object.class, Instrument.class.getSuperclass());
        assertEquals(0, Instrument.class.getConstructors().length, "no public constructor");

        assertFalse(Period.class.isEnum());
        assertTrue(Modifier.isFinal(Period.class.getModifiers()));
        assertEquals(Set.of(Comparable.class, Serializable.class), Set.of(Period.class.getInterfaces()));
        assertSame(Object.class, Period.class.getSuperclass());
        assertEquals(0, Period.class.getConstructors().length, "no public constructor");
    }

    @Test
    void typesThatDoNotExistInTheRealApiAreAbsent() {
        // A public stub declared com.dukascopy.api.IFeedDescriptor; the real type is in ...api.feed.
        assertThrows(ClassNotFoundException.class, () -> Class.forName(API + "IFeedDescriptor"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName(API + "IIndicators$PriceRange"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName(API + "IFinancialInstrument"));
    }

    @Test
    void ticksFeedDescriptorIsNotTailoredButCandleDescriptorIs() throws Exception {
        Class<?> ticks = Class.forName(API + "feed.util.TicksFeedDescriptor");
        assertSame(Class.forName(API + "feed.FeedDescriptor"), ticks.getSuperclass());
        assertFalse(Class.forName(API + "feed.ITailoredFeedDescriptor").isAssignableFrom(ticks));
        ParameterizedType tailored = (ParameterizedType) Arrays.stream(TimePeriodAggregationFeedDescriptor.class.getGenericInterfaces())
                .filter(t -> t instanceof ParameterizedType).findFirst().orElseThrow();
        assertEquals(API + "feed.ITailoredFeedDescriptor", ((Class<?>) tailored.getRawType()).getName());
        assertEquals(API + "IBar", ((Class<?>) tailored.getActualTypeArguments()[0]).getName());
    }

    // ---------------------------------------------------------------- nested binary names (sheet section 1)

    @ParameterizedTest
    @ValueSource(strings = {
        "com.dukascopy.api.IEngine$OrderCommand",
        "com.dukascopy.api.IEngine$Type",
        "com.dukascopy.api.IEngine$RunMode",
        "com.dukascopy.api.IEngine$StrategyMode",
        "com.dukascopy.api.IOrder$State",
        "com.dukascopy.api.IMessage$Type",
        "com.dukascopy.api.IMessage$Reason",
        "com.dukascopy.api.IIndicators$AppliedPrice",
        "com.dukascopy.api.IIndicators$MaType",
        "com.dukascopy.api.IAccount$AccountState",
        "com.dukascopy.api.indicators.InputParameterInfo$Type",
        "com.dukascopy.api.indicators.OptInputParameterInfo$Type",
        "com.dukascopy.api.indicators.OutputParameterInfo$Type",
        "com.dukascopy.api.indicators.OutputParameterInfo$DrawingStyle",
        "com.dukascopy.api.JFException$Error",
        "com.dukascopy.api.system.ITesterClient$InterpolationMethod",
        "com.dukascopy.api.system.ITesterClient$DataLoadingMethod",
        "com.dukascopy.api.instrument.IFinancialInstrument$Type",
        "com.dukascopy.api.system.IStrategyExceptionHandler$Source"})
    void nestedEnumHasItsBinaryName(String binaryName) throws Exception {
        Class<?> nested = Class.forName(binaryName);
        assertTrue(nested.isEnum(), binaryName + " is an enum");
        assertTrue(Modifier.isPublic(nested.getModifiers()), binaryName + " is public");
        assertEquals(binaryName.substring(0, binaryName.indexOf('$')), nested.getEnclosingClass().getName());
    }

    @Test
    void nestedEnumConstantsNamedInTheSheetExist() {
        assertEnumHas(IEngine.OrderCommand.class, "BUY", "SELL", "BUYLIMIT", "SELLLIMIT", "BUYSTOP", "SELLSTOP", "BUYLIMIT_BYBID",
                "SELLLIMIT_BYASK", "BUYSTOP_BYBID", "SELLSTOP_BYASK", "PLACE_BID", "PLACE_OFFER");
        assertEnumHas(IEngine.Type.class, "LIVE", "DEMO", "TEST");
        assertEnumHas(com.dukascopy.api.IOrder.State.class, "CREATED", "OPENED", "FILLED", "CLOSED", "CANCELED");
        assertEnumHas(com.dukascopy.api.IMessage.Type.class, "ORDER_SUBMIT_REJECTED", "ORDER_SUBMIT_OK", "ORDER_FILL_REJECTED",
                "ORDER_CLOSE_REJECTED", "ORDER_CLOSE_OK", "ORDER_FILL_OK", "ORDERS_MERGE_OK", "ORDERS_MERGE_REJECTED", "ORDER_CHANGED_OK",
                "ORDER_CHANGED_REJECTED", "MAIL", "NEWS", "CALENDAR", "NOTIFICATION", "INSTRUMENT_STATUS", "CONNECTION_STATUS",
                "STRATEGY_BROADCAST", "SENDING_ORDER", "STOP_LOSS_LEVEL_CHANGED", "WITHDRAWAL");
        assertEnumHas(com.dukascopy.api.IIndicators.AppliedPrice.class, "CLOSE", "OPEN", "HIGH", "LOW", "MEDIAN_PRICE", "TYPICAL_PRICE",
                "WEIGHTED_CLOSE", "TIMESTAMP", "VOLUME");
        assertEnumHas(com.dukascopy.api.indicators.InputParameterInfo.Type.class, "PRICE", "DOUBLE", "BAR");
        assertEnumHas(OutputParameterInfo.Type.class, "DOUBLE", "INT", "OBJECT", "CANDLE");
        assertEnumHas(Unit.class, "Millisecond", "Second", "Minute", "Hour", "Day", "Week", "Month", "Year");
        assertEnumHas(DataType.class, "TICKS", "TICK_BAR", "TIME_PERIOD_AGGREGATION", "PRICE_RANGE_AGGREGATION", "POINT_AND_FIGURE",
                "RENKO", "LINE_BREAK", "KAGI");
        assertEnumHas(IFinancialInstrument.Type.class, "FOREX", "CFD", "METAL");
        assertEnumHas(JFException.Error.class, "LABEL_INCONSISTENT", "LABEL_NOT_UNIQUE", "ORDER_INCORRECT", "INVALID_AMOUNT",
                "CALL_INCORRECT", "QUEUE_OVERLOADED", "THREAD_INCORRECT", "COMMAND_IS_NULL", "ZERO_PRICE_NOT_ALLOWED", "ORDERS_UNAVAILABLE",
                "ORDER_STATE_IMMUTABLE", "INVALID_GTT", "ORDER_CANCEL_INCORRECT", "NO_ACCOUNT_SETTINGS_RECEIVED");
    }

    private static void assertEnumHas(Class<? extends Enum<?>> type, String... names) {
        Set<String> actual = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        for (String name : names) {
            assertTrue(actual.contains(name), type.getName() + " lacks " + name);
        }
    }

    // ---------------------------------------------------------------- annotations

    @Test
    void annotationRetentionAndTargetMatchTheRealApi() {
        assertAnnotation(Configurable.class, RetentionPolicy.RUNTIME, ElementType.FIELD);
        assertAnnotation(RequiresFullAccess.class, RetentionPolicy.RUNTIME, ElementType.TYPE);
        assertAnnotation(CustomIndicators.class, RetentionPolicy.RUNTIME, ElementType.TYPE);
        assertAnnotation(JFXInject.class, RetentionPolicy.RUNTIME, ElementType.FIELD);
        assertAnnotation(Library.class, RetentionPolicy.SOURCE, ElementType.TYPE);
    }

    private static void assertAnnotation(Class<? extends Annotation> type, RetentionPolicy retention, ElementType target) {
        Retention r = type.getAnnotation(Retention.class);
        assertNotNull(r, type + " has @Retention");
        assertEquals(retention, r.value(), type + " retention");
        Target t = type.getAnnotation(Target.class);
        assertNotNull(t, type + " has @Target");
        assertArrayEquals(new ElementType[] {target}, t.value(), type + " target");
    }

    @Test
    void configurableHasAllAttributesWithTheirDefaults() throws Exception {
        assertNull(Configurable.class.getMethod("value").getDefaultValue(), "value() is required");
        assertEquals("", Configurable.class.getMethod("fileType").getDefaultValue());
        assertEquals(0.0, Configurable.class.getMethod("stepSize").getDefaultValue());
        assertEquals(false, Configurable.class.getMethod("obligatory").getDefaultValue());
        assertEquals(false, Configurable.class.getMethod("readOnly").getDefaultValue());
        assertEquals("", Configurable.class.getMethod("description").getDefaultValue());
        assertEquals(false, Configurable.class.getMethod("datetimeAsLong").getDefaultValue());
        assertArrayEquals(new String[0], (String[]) Configurable.class.getMethod("options").getDefaultValue());
        assertEquals(false, Configurable.class.getMethod("modifiable").getDefaultValue());
        assertEquals(false, Configurable.class.getMethod("hidden").getDefaultValue());
        assertEquals(10, Configurable.class.getDeclaredMethods().length);
        assertEquals(String.class, Library.class.getMethod("value").getReturnType());
        assertEquals(String.class, CustomIndicators.class.getMethod("value").getReturnType());
        assertEquals(0, JFXInject.class.getDeclaredMethods().length);
        assertEquals(0, RequiresFullAccess.class.getDeclaredMethods().length);
    }

    // ---------------------------------------------------------------- interfaces we implement: exact member sets

    static Stream<Arguments> implementedInterfaces() {
        String i = "Lcom/dukascopy/api/Instrument;";
        String p = "Lcom/dukascopy/api/Period;";
        String s = "Lcom/dukascopy/api/OfferSide;";
        return Stream.of(
                Arguments.of("IJFRunnable", List.of(
                        "onStart(Lcom/dukascopy/api/IContext;)V throws " + JFE,
                        "onStop()V throws " + JFE)),
                Arguments.of("IStrategy", List.of(
                        "onStart(Lcom/dukascopy/api/IContext;)V throws " + JFE,
                        "onTick(" + i + "Lcom/dukascopy/api/ITick;)V throws " + JFE,
                        "onBar(" + i + p + "Lcom/dukascopy/api/IBar;Lcom/dukascopy/api/IBar;)V throws " + JFE,
                        "onMessage(Lcom/dukascopy/api/IMessage;)V throws " + JFE,
                        "onAccount(Lcom/dukascopy/api/IAccount;)V throws " + JFE,
                        "onStop()V throws " + JFE)),
                Arguments.of("indicators.IIndicator", List.of(
                        "onStart(Lcom/dukascopy/api/indicators/IIndicatorContext;)V",
                        "getIndicatorInfo()Lcom/dukascopy/api/indicators/IndicatorInfo;",
                        "getInputParameterInfo(I)Lcom/dukascopy/api/indicators/InputParameterInfo;",
                        "getOptInputParameterInfo(I)Lcom/dukascopy/api/indicators/OptInputParameterInfo;",
                        "getOutputParameterInfo(I)Lcom/dukascopy/api/indicators/OutputParameterInfo;",
                        "setInputParameter(ILjava/lang/Object;)V",
                        "setOptInputParameter(ILjava/lang/Object;)V",
                        "setOutputParameter(ILjava/lang/Object;)V",
                        "getLookback()I",
                        "getLookforward()I",
                        "calculate(II)Lcom/dukascopy/api/indicators/IndicatorResult;")),
                Arguments.of("indicators.IDrawingIndicator", List.of(
                        "drawOutput(Ljava/awt/Graphics;ILjava/lang/Object;Ljava/awt/Color;Ljava/awt/Stroke;"
                                + "Lcom/dukascopy/api/indicators/IIndicatorDrawingSupport;Ljava/util/List;Ljava/util/Map;)Ljava/awt/Point;")),
                Arguments.of("indicators.IMinMax", List.of(
                        "getMinMax(ILjava/lang/Object;II)[D")),
                Arguments.of("LoadingDataListener", List.of(
                        "newTick(" + i + "JDDDD)V",
                        "newBar(" + i + p + s + "JDDDDD)V")),
                Arguments.of("LoadingProgressListener", List.of(
                        "dataLoaded(JJJLjava/lang/String;)V",
                        "loadingFinished(ZJJJ)V",
                        "stopJob()Z")),
                Arguments.of("feed.IFeedListener", List.of(
                        "onFeedData(Lcom/dukascopy/api/feed/IFeedDescriptor;Lcom/dukascopy/api/ITimedData;)V")),
                Arguments.of("feed.ITickFeedListener", List.of(
                        "onTick(" + i + "Lcom/dukascopy/api/ITick;)V")),
                Arguments.of("feed.IBarFeedListener", List.of(
                        "onBar(" + i + p + s + "Lcom/dukascopy/api/IBar;)V")),
                Arguments.of("feed.ITailoredFeedListener", List.of(
                        "onFeedData(Lcom/dukascopy/api/feed/ITailoredFeedDescriptor;Lcom/dukascopy/api/ITimedData;)V")),
                Arguments.of("system.ISystemListener", List.of(
                        "onStart(J)V", "onStop(J)V", "onConnect()V", "onDisconnect()V")),
                Arguments.of("system.IStrategyExceptionHandler", List.of(
                        "onException(JLcom/dukascopy/api/system/IStrategyExceptionHandler$Source;Ljava/lang/Throwable;)V")),
                Arguments.of("indicators.IStopListener", List.of("onStop()V")),
                Arguments.of("indicators.IChartInstrumentsListener", List.of("onInstrumentsChanged([Lcom/dukascopy/api/Instrument;)V")),
                Arguments.of("ConfigurableChangeListener", List.of("onConfigurableChange(Ljava/util/Map;)V throws " + JFE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementedInterfaces")
    void implementedInterfaceDeclaresExactlyTheSheetsMethods(String name, List<String> expected) throws Exception {
        Class<?> type = Class.forName(API + name);
        assertEquals(new TreeSet<>(expected), abstractMethods(type), name);
    }

    /** name + JVM descriptor + sorted checked exceptions, for every abstract method (inherited ones too). */
    private static Set<String> abstractMethods(Class<?> type) {
        Set<String> result = new TreeSet<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers())) {
                result.add(signature(m));
            }
        }
        return result;
    }

    private static String signature(Method m) {
        String descriptor = m.getName() + MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
        String exceptions = Arrays.stream(m.getExceptionTypes()).map(Class::getName).sorted().collect(Collectors.joining(","));
        return exceptions.isEmpty() ? descriptor : descriptor + " throws " + exceptions;
    }

    @Test
    void strategyIsARunnableOfContext() {
        ParameterizedType parent = (ParameterizedType) IStrategy.class.getGenericInterfaces()[0];
        assertSame(IJFRunnable.class, parent.getRawType());
        assertSame(IContext.class, parent.getActualTypeArguments()[0]);
        assertArrayEquals(new Object[] {IContext.class}, IJFRunnable.class.getTypeParameters()[0].getBounds());
    }

    @Test
    void interfacesWeImplementHaveNoDefaultOrStaticMethods() throws Exception {
        for (String name : List.of("IStrategy", "IJFRunnable", "indicators.IIndicator", "indicators.IDrawingIndicator", "indicators.IMinMax",
                "LoadingDataListener", "LoadingProgressListener", "feed.IFeedListener", "feed.ITickFeedListener", "feed.IBarFeedListener",
                "feed.ITailoredFeedListener", "system.ISystemListener", "system.IStrategyExceptionHandler")) {
            for (Method m : Class.forName(API + name).getDeclaredMethods()) {
                assertTrue(Modifier.isAbstract(m.getModifiers()), name + "." + m.getName() + " must be abstract");
            }
        }
    }

    // ---------------------------------------------------------------- called-only members with exact descriptors

    static Stream<Arguments> calledMembers() {
        String i = "Lcom/dukascopy/api/Instrument;";
        String p = "Lcom/dukascopy/api/Period;";
        String s = "Lcom/dukascopy/api/OfferSide;";
        String ss = "[Lcom/dukascopy/api/OfferSide;";
        String ap = "[Lcom/dukascopy/api/IIndicators$AppliedPrice;";
        String o = "[Ljava/lang/Object;";
        String f = "Lcom/dukascopy/api/Filter;";
        String fd = "Lcom/dukascopy/api/feed/IFeedDescriptor;";
        String str = "Ljava/lang/String;";
        String calc = "calculateIndicator(";
        String ret = ")[Ljava/lang/Object; throws " + JFE;
        return Stream.of(
                Arguments.of("indicators.IIndicatorContext", "getFeedDescriptor()Lcom/dukascopy/api/feed/IFeedDescriptor;"),
                Arguments.of("indicators.IIndicatorContext", "getHistory()Lcom/dukascopy/api/IHistory;"),
                Arguments.of("indicators.IIndicatorContext", "calculateAsynchronously(Ljava/util/concurrent/Callable;)Ljava/util/concurrent/Future;"),
                Arguments.of("indicators.IIndicatorsProvider", "registerUserIndicator(Ljava/io/File;)Ljava/lang/String; throws " + JFE),
                Arguments.of("IIndicators", "registerCustomIndicator(Ljava/io/File;)Ljava/lang/String; throws " + JFE),
                Arguments.of("IIndicators", "registerCustomIndicator(Ljava/lang/Class;)Ljava/lang/String; throws " + JFE),
                Arguments.of("IIndicators", "getIndicator(Ljava/lang/String;)Lcom/dukascopy/api/indicators/IIndicator;"),
                Arguments.of("IIndicators", calc + i + p + ss + str + ap + o + "I" + ret),
                Arguments.of("IIndicators", calc + i + p + ss + p + str + ap + o + "I" + ret),
                Arguments.of("IIndicators", calc + i + p + ss + str + ap + o + f + "I" + ret),
                Arguments.of("IIndicators", calc + i + p + ss + p + str + ap + o + f + "I" + ret),
                Arguments.of("IIndicators", calc + i + p + ss + str + ap + o + "JJ" + ret),
                Arguments.of("IIndicators", calc + i + p + ss + p + str + ap + o + "JJ" + ret),
                Arguments.of("IIndicators", calc + i + p + ss + str + ap + o + f + "JJ" + ret),
                Arguments.of("IIndicators", calc + i + p + ss + p + str + ap + o + f + "JJ" + ret),
                Arguments.of("IIndicators", calc + i + p + ss + str + ap + o + f + "IJI" + ret),
                Arguments.of("IIndicators", calc + i + p + ss + p + str + ap + o + f + "IJI" + ret),
                Arguments.of("IIndicators", calc + fd + ss + str + ap + o + "I" + ret),
                Arguments.of("IIndicators", calc + fd + ss + str + ap + o + "JJ" + ret),
                Arguments.of("IIndicators", calc + fd + ss + p + str + ap + o + "JJ" + ret),
                Arguments.of("IIndicators", calc + fd + ss + str + ap + o + "IJI" + ret),
                Arguments.of("IIndicators", calc + fd + ss + p + str + ap + o + "IJI" + ret),
                Arguments.of("IHistory", "getTicks(" + i + "JJ)Ljava/util/List; throws " + JFE),
                Arguments.of("IHistory", "getBar(" + i + p + s + "I)Lcom/dukascopy/api/IBar; throws " + JFE),
                Arguments.of("IHistory", "readTicks(" + i + "JJLcom/dukascopy/api/LoadingDataListener;Lcom/dukascopy/api/LoadingProgressListener;)V throws " + JFE),
                Arguments.of("IHistory", "getOpenOrders(" + i + "JJ)Ljava/util/List;"),
                Arguments.of("IHistory", "readFeedData(Lcom/dukascopy/api/feed/ITailoredFeedDescriptor;JJLcom/dukascopy/api/LoadingProgressListener;)Ljava/util/stream/Stream; throws " + JFE),
                Arguments.of("IContext", "executeTask(Ljava/util/concurrent/Callable;)Ljava/util/concurrent/Future;"),
                Arguments.of("IContext", "setSubscribedInstruments(Ljava/util/Set;Z)V"),
                Arguments.of("IContext", "openChart(" + fd + ")Lcom/dukascopy/api/IChart;"),
                Arguments.of("IContext", "subscribeToBarsFeed(" + i + p + s + "Lcom/dukascopy/api/feed/IBarFeedListener;)V"),
                Arguments.of("IEngine", "submitOrder(" + str + i + "Lcom/dukascopy/api/IEngine$OrderCommand;D)Lcom/dukascopy/api/IOrder; throws " + JFE),
                Arguments.of("IEngine", "submitOrder(" + str + i + "Lcom/dukascopy/api/IEngine$OrderCommand;DDDDDJ" + str + ")Lcom/dukascopy/api/IOrder; throws " + JFE),
                Arguments.of("IEngine", "getOrderById(" + str + ")Lcom/dukascopy/api/IOrder;"),
                Arguments.of("IEngine", "getType()Lcom/dukascopy/api/IEngine$Type;"),
                Arguments.of("IOrder", "waitForUpdate(J)V"),
                Arguments.of("IOrder", "waitForUpdate(JLjava/util/concurrent/TimeUnit;)Lcom/dukascopy/api/IMessage;"),
                Arguments.of("IOrder", "waitForUpdate([Lcom/dukascopy/api/IOrder$State;)Lcom/dukascopy/api/IMessage; throws " + JFE),
                Arguments.of("IOrder", "close()V throws " + JFE),
                Arguments.of("IOrder", "getState()Lcom/dukascopy/api/IOrder$State;"),
                Arguments.of("IMessage", "getReasons()Ljava/util/Set;"),
                Arguments.of("IConnectionStatusMessage", "isConnected()Z"),
                Arguments.of("IChartPanel", "removeIndicator(Lcom/dukascopy/api/indicators/IIndicator;)V"),
                Arguments.of("IIndicators", "registerCustomIndicator(Ljava/io/File;)" + str + " throws " + JFE),
                Arguments.of("IChartPanel", "add(Lcom/dukascopy/api/indicators/IIndicator;)Lcom/dukascopy/api/IChartPanel;"),
                Arguments.of("IChartPanel", "add(Lcom/dukascopy/api/indicators/IIndicator;" + o
                        + "[Ljava/awt/Color;[Lcom/dukascopy/api/indicators/OutputParameterInfo$DrawingStyle;[I)Lcom/dukascopy/api/IChartPanel;"),
                Arguments.of("IContext", "getChart(" + i + ")Lcom/dukascopy/api/IChart;"),
                Arguments.of("ITick", "getAsks()[D"),
                Arguments.of("IBar", "getVolume()D"),
                Arguments.of("ITimedData", "getTime()J"),
                Arguments.of("Instrument", "getPipValue()D"),
                Arguments.of("Instrument", "getPrimaryJFCurrency()Lcom/dukascopy/api/ICurrency;"),
                Arguments.of("Instrument", "getType()Lcom/dukascopy/api/instrument/IFinancialInstrument$Type;"),
                Arguments.of("Period", "getInterval()J"),
                Arguments.of("Period", "getUnit()Lcom/dukascopy/api/Unit;"),
                Arguments.of("JFCurrency", "getInstance(" + str + ")Lcom/dukascopy/api/ICurrency;"));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("calledMembers")
    void calledMemberHasTheRealDescriptor(String owner, String expected) throws Exception {
        Set<String> actual = Arrays.stream(Class.forName(API + owner).getMethods()).map(JForexFacadeConformanceTest::signature)
                .collect(Collectors.toSet());
        assertTrue(actual.contains(expected), owner + " lacks " + expected);
    }

    @Test
    void theFifteenCalculateIndicatorOverloadsAndNoOthers() {
        long count = Arrays.stream(com.dukascopy.api.IIndicators.class.getMethods())
                .filter(m -> m.getName().equals("calculateIndicator")).count();
        assertEquals(15, count);
    }

    @Test
    void staticMembersAreStatic() throws Exception {
        for (Method m : List.of(Instrument.class.getMethod("fromString", String.class), Instrument.class.getMethod("valueOf", String.class),
                Instrument.class.getMethod("values"), Instrument.class.getMethod("getPairsSeparator"),
                Period.class.getMethod("createCustomPeriod", Unit.class, int.class), Period.class.getMethod("valueOf", String.class),
                Period.class.getMethod("values"), OfferSide.class.getMethod("fromString", String.class),
                IEngine.OrderCommand.class.getMethod("getValue", long.class),
                DrawingStyle.class.getMethod("fromFlagValue", int.class))) {
            assertTrue(Modifier.isStatic(m.getModifiers()), m + " is static");
        }
        for (Method m : List.of(Instrument.class.getMethod("name"), Instrument.class.getMethod("ordinal"),
                Period.class.getMethod("name"), Period.class.getMethod("ordinal"), Period.class.getMethod("isTickBasedPeriod"))) {
            assertFalse(Modifier.isStatic(m.getModifiers()), m + " is an instance method");
        }
    }

    // ---------------------------------------------------------------- inlined constants

    @Test
    void deprecatedOutputFlagsAreCompileTimeConstantsWithTheRealValues() throws Exception {
        Object[][] expected = {
            {"LINE", 0x01}, {"DOT_LINE", 0x02}, {"DASH_LINE", 0x04}, {"DOT", 0x08},
            {"HISTO", 0x10}, {"PATTERN_BOOL", 0x20}, {"PATTERN_BULL_BEAR", 0x40}, {"PATTERN_STRENGTH", 0x80}};
        for (Object[] row : expected) {
            Field field = OutputParameterInfo.class.getField((String) row[0]);
            int modifiers = field.getModifiers();
            assertTrue(Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers), field.getName());
            assertSame(int.class, field.getType(), field.getName());
            assertEquals(row[1], field.getInt(null), field.getName());
        }
    }

    @Test
    void drawingStylesCarryTheirFlags() {
        assertEquals(0x01, DrawingStyle.LINE.getFlagValue());
        assertEquals(0x02, DrawingStyle.DOT_LINE.getFlagValue());
        assertEquals(0x04, DrawingStyle.DASH_LINE.getFlagValue());
        assertEquals(0x08, DrawingStyle.DOTS.getFlagValue());
        assertEquals(0x10, DrawingStyle.HISTOGRAM.getFlagValue());
        assertEquals(0, DrawingStyle.CANDLES.getFlagValue());
        assertSame(DrawingStyle.HISTOGRAM, DrawingStyle.fromFlagValue(0x10));
        assertSame(DrawingStyle.NONE, DrawingStyle.fromFlagValue(0));
        assertTrue(DrawingStyle.DASHDOT_LINE.isOutputAsLine());
        assertFalse(DrawingStyle.LEVEL_LINE.isOutputAsLine());
        assertFalse(DrawingStyle.HISTOGRAM.isOutputAsLine());
        assertEquals(7, DrawingStyle.LINE_STYLE.length);
        assertEquals(23, DrawingStyle.values().length);
    }

    // ---------------------------------------------------------------- exceptions

    @Test
    void jfExceptionIsCheckedWithTheRealConstructors() throws Exception {
        assertSame(Exception.class, JFException.class.getSuperclass());
        assertFalse(RuntimeException.class.isAssignableFrom(JFException.class));
        JFException.class.getConstructor(JFException.Error.class);
        JFException.class.getConstructor(JFException.Error.class, String.class);
        JFException.class.getConstructor(String.class, Throwable.class);
        JFException.class.getConstructor(String.class);
        JFException.class.getConstructor(Throwable.class);
        assertEquals("Incorrect thread", new JFException(JFException.Error.THREAD_INCORRECT).getMessage());
    }

    // ---------------------------------------------------------------- instrument values

    static Stream<Arguments> instruments() {
        // name, string, pip value, pip scale, tick scale, type
        return Stream.of(
                Arguments.of("EURUSD", "EUR/USD", 0.0001, 4, 5, "FOREX"),
                Arguments.of("GBPUSD", "GBP/USD", 0.0001, 4, 5, "FOREX"),
                Arguments.of("USDJPY", "USD/JPY", 0.01, 2, 3, "FOREX"),
                Arguments.of("USDCHF", "USD/CHF", 0.0001, 4, 5, "FOREX"),
                Arguments.of("AUDUSD", "AUD/USD", 0.0001, 4, 5, "FOREX"),
                Arguments.of("USDCAD", "USD/CAD", 0.0001, 4, 5, "FOREX"),
                Arguments.of("NZDUSD", "NZD/USD", 0.0001, 4, 5, "FOREX"),
                Arguments.of("EURGBP", "EUR/GBP", 0.0001, 4, 5, "FOREX"),
                Arguments.of("EURJPY", "EUR/JPY", 0.01, 2, 3, "FOREX"),
                Arguments.of("GBPJPY", "GBP/JPY", 0.01, 2, 3, "FOREX"),
                Arguments.of("EURCHF", "EUR/CHF", 0.0001, 4, 5, "FOREX"),
                Arguments.of("AUDJPY", "AUD/JPY", 0.01, 2, 3, "FOREX"),
                Arguments.of("CHFJPY", "CHF/JPY", 0.01, 2, 3, "FOREX"),
                Arguments.of("CADJPY", "CAD/JPY", 0.01, 2, 3, "FOREX"),
                Arguments.of("NZDJPY", "NZD/JPY", 0.01, 2, 3, "FOREX"),
                Arguments.of("EURAUD", "EUR/AUD", 0.0001, 4, 5, "FOREX"),
                Arguments.of("GBPCHF", "GBP/CHF", 0.0001, 4, 5, "FOREX"),
                Arguments.of("EURCZK", "EUR/CZK", 0.001, 3, 4, "FOREX"),
                Arguments.of("EURHUF", "EUR/HUF", 0.01, 2, 3, "FOREX"),
                Arguments.of("XAUUSD", "XAU/USD", 0.01, 2, 3, "METAL"),
                Arguments.of("XAGUSD", "XAG/USD", 0.01, 2, 3, "METAL"),
                Arguments.of("BTCUSD", "BTC/USD", 1.0, 0, 1, "FOREX"),
                Arguments.of("ETHUSD", "ETH/USD", 1.0, 0, 1, "FOREX"),
                Arguments.of("USA500IDXUSD", "USA500.IDX/USD", 0.01, 2, 3, "CFD"),
                Arguments.of("DEUIDXEUR", "DEU.IDX/EUR", 0.01, 2, 3, "CFD"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instruments")
    void instrumentConstantHasTheRealValues(String name, String text, double pip, int pipScale, int tickScale, String type)
            throws Exception {
        Field field = Instrument.class.getField(name);
        assertTrue(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()), name);
        Instrument instrument = (Instrument) field.get(null);
        assertEquals(name, instrument.name());
        assertEquals(text, instrument.toString());
        assertEquals(text, instrument.getName());
        assertEquals(pip, instrument.getPipValue(), 0.0, name + " pip value");
        assertEquals(pipScale, instrument.getPipScale(), name + " pip scale");
        assertEquals(tickScale, instrument.getTickScale(), name + " tick scale");
        assertEquals(type, instrument.getType().name());
        assertSame(instrument, Instrument.fromString(text));
        assertSame(instrument, Instrument.valueOf(name));
        assertSame(instrument, Instrument.valueOf(text));
        assertEquals(text.substring(0, text.indexOf('/')), instrument.getPrimaryJFCurrency().getCurrencyCode());
        assertEquals(text.substring(text.indexOf('/') + 1), instrument.getSecondaryJFCurrency().getCurrencyCode());
        assertTrue(Arrays.asList(Instrument.values()).contains(instrument));
        assertSame(instrument, Instrument.values()[instrument.ordinal()]);
    }

    @Test
    void instrumentLookupsAndOrdering() {
        assertEquals("/", Instrument.getPairsSeparator());
        assertNull(Instrument.fromString("EURUSD"), "fromString needs the CUR1/CUR2 form");
        assertNull(Instrument.valueOf("NOPE/NOPE"));
        assertEquals(0, Instrument.AUDJPY.ordinal(), "2.13.63 declares AUDJPY first");
        assertEquals("USD", Instrument.EURUSD.getSecondaryJFCurrency().getCurrencyCode());
        assertSame(Instrument.EURUSD.getSecondaryJFCurrency(), com.dukascopy.api.JFCurrency.getInstance("USD"));
        assertEquals(1000.0, Instrument.EURUSD.getMinTradeAmount(), 0.0);
        assertFalse(Instrument.EURUSD.isTradable());
        assertTrue(Instrument.EURUSD.compareTo(Instrument.GBPUSD) < 0);
        assertEquals(0, Instrument.EURUSD.compareTo(Instrument.EURUSD));
        assertTrue(Instrument.EURUSD.equals(Instrument.fromString("EUR/USD")));
        assertFalse(Instrument.EURUSD.equals((Object) Instrument.GBPUSD));
        assertEquals(Instrument.EURUSD.hashCode(), Instrument.valueOf("EURUSD").hashCode());
        assertSame(Instrument.USDJPY, Instrument.fromInvertedString("JPY/USD"));
    }

    // ---------------------------------------------------------------- period values

    static Stream<Arguments> periods() {
        // constant, unit, number of units, interval in ms
        return Stream.of(
                Arguments.of("ONE_SEC", "Second", 1, 1_000L),
                Arguments.of("TWO_SECS", "Second", 2, 2_000L),
                Arguments.of("TEN_SECS", "Second", 10, 10_000L),
                Arguments.of("TWENTY_SECS", "Second", 20, 20_000L),
                Arguments.of("THIRTY_SECS", "Second", 30, 30_000L),
                Arguments.of("ONE_MIN", "Minute", 1, 60_000L),
                Arguments.of("FIVE_MINS", "Minute", 5, 300_000L),
                Arguments.of("TEN_MINS", "Minute", 10, 600_000L),
                Arguments.of("FIFTEEN_MINS", "Minute", 15, 900_000L),
                Arguments.of("TWENTY_MINS", "Minute", 20, 1_200_000L),
                Arguments.of("THIRTY_MINS", "Minute", 30, 1_800_000L),
                Arguments.of("ONE_HOUR", "Hour", 1, 3_600_000L),
                Arguments.of("FOUR_HOURS", "Hour", 4, 14_400_000L),
                Arguments.of("DAILY", "Day", 1, 86_400_000L),
                Arguments.of("DAILY_SUNDAY_IN_MONDAY", "Day", 1, 86_400_000L),
                Arguments.of("DAILY_SKIP_SUNDAY", "Day", 1, 86_400_000L),
                Arguments.of("WEEKLY", "Week", 1, 604_800_000L),
                Arguments.of("MONTHLY", "Month", 1, 2_592_000_000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void periodConstantHasTheRealValues(String name, String unit, int units, long interval) throws Exception {
        Field field = Period.class.getField(name);
        assertTrue(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()), name);
        Period period = (Period) field.get(null);
        assertEquals(name, period.name());
        assertEquals(unit, period.getUnit().name());
        assertEquals(units, period.getNumOfUnits());
        assertEquals(interval, period.getInterval());
        assertFalse(period.isTickBasedPeriod());
        assertSame(period, Period.valueOf(name));
    }

    @Test
    void tickPeriodHasNoUnitAndIntervalMinusOne() {
        assertEquals(-1L, Period.TICK.getInterval());
        assertNull(Period.TICK.getUnit());
        assertEquals(-1, Period.TICK.getNumOfUnits());
        assertTrue(Period.TICK.isTickBasedPeriod());
        assertEquals("TICK", Period.TICK.name());
        assertEquals(0, Period.TICK.ordinal());
        assertNotNull(Period.ONE_YEAR);
        assertNotNull(Period.INFINITY);
        assertSame(Period.INFINITY, Period.valueOf("INFINITY"));
    }

    @Test
    void periodFactoriesAndOrdering() {
        assertSame(Period.FIVE_MINS, Period.createCustomPeriod(Unit.Minute, 5));
        Period three = Period.createCustomPeriod(Unit.Minute, 3);
        assertEquals(180_000L, three.getInterval());
        assertNull(three.name(), "custom periods have no name");
        assertSame(three, Period.createCustomPeriod(Unit.Minute, 3));
        assertThrows(IllegalArgumentException.class, () -> Period.createCustomPeriod(Unit.Minute, 7), "7 min does not divide a day");
        assertThrows(IllegalArgumentException.class, () -> Period.valueOf("NO_SUCH_PERIOD"));
        assertEquals(18, Period.values().length);
        assertEquals(Period.DAILY, Period.DAILY_SKIP_SUNDAY);
        assertTrue(Period.ONE_MIN.compareTo(Period.ONE_HOUR) < 0);
        assertEquals("5 Mins", Period.FIVE_MINS.toString());
        assertEquals("Ticks", Period.TICK.toString());
        assertEquals(7 * 86_400_000L, IFeedDescriptor.DEFAULT_BASE_PERIOD.getInterval());
        assertSame(JFTimeZone.EET, IFeedDescriptor.DEFAULT_BASE_PERIOD.getJFTimeZone());
        assertSame(Period.INFINITY, IFeedDescriptor.INFINITE_BASE_PERIOD);
    }

    @Test
    void unitIntervals() {
        assertEquals(1L, Unit.Millisecond.getInterval());
        assertEquals(1_000L, Unit.Second.getInterval());
        assertEquals(60_000L, Unit.Minute.getInterval());
        assertEquals(3_600_000L, Unit.Hour.getInterval());
        assertEquals(86_400_000L, Unit.Day.getInterval());
        assertEquals(604_800_000L, Unit.Week.getInterval());
    }

    // ---------------------------------------------------------------- small enums with behaviour

    @Test
    void orderCommandAndOfferSideBehaviour() {
        assertTrue(IEngine.OrderCommand.BUY.isLong());
        assertTrue(IEngine.OrderCommand.BUYSTOP_BYBID.isLong());
        assertTrue(IEngine.OrderCommand.PLACE_OFFER.isShort());
        assertFalse(IEngine.OrderCommand.SELL.isConditional());
        assertFalse(IEngine.OrderCommand.PLACE_BID.isConditional());
        assertTrue(IEngine.OrderCommand.SELLLIMIT.isConditional());
        assertSame(IEngine.OrderCommand.BUY, IEngine.OrderCommand.getValue(0));
        assertSame(OfferSide.ASK, OfferSide.fromString("ASK"));
        assertNull(OfferSide.fromString(null));
        assertEquals("Bid", OfferSide.BID.toString());
        assertEquals("onTick", IStrategyExceptionHandler.Source.ON_TICK.toString());
        assertTrue(com.dukascopy.api.IMessage.Reason.ORDER_FULLY_FILLED.isMessageTypeSupported(com.dukascopy.api.IMessage.Type.ORDER_FILL_OK));
        assertFalse(com.dukascopy.api.IMessage.Reason.ORDER_CLOSED_BY_SL.isMessageTypeSupported(com.dukascopy.api.IMessage.Type.ORDER_FILL_OK));
    }

    // ---------------------------------------------------------------- descriptor beans work at run time

    @Test
    void descriptorBeansWork() {
        IndicatorInfo info = new IndicatorInfo("OF_DELTA", "Delta", "Order flow", false, false, false, 1, 2, 3);
        assertEquals("OF_DELTA", info.getName());
        assertEquals(2, info.getNumberOfOptionalInputs());
        assertTrue(info.isDataTypeSupported(DataType.RENKO), "all data types by default");
        info.setSupportedDataTypes(DataType.TIME_PERIOD_AGGREGATION);
        assertFalse(info.isDataTypeSupported(DataType.RENKO));
        info.setRecalculateAll(true);
        assertTrue(info.isRecalculateAll());
        info.setDefaultLevelsInfo(new LevelInfo[] {new LevelInfo(0.5)});
        assertEquals(0.5, info.getDefaultLevelsInfo().get(0).getValue(), 0.0);

        IndicatorResult result = new IndicatorResult(3, 7);
        assertEquals(Integer.MIN_VALUE, result.getLastValueIndex());
        assertEquals(7, result.getNumberOfElements());

        OutputParameterInfo output = new OutputParameterInfo("delta", OutputParameterInfo.Type.DOUBLE, DrawingStyle.HISTOGRAM);
        assertTrue(output.isShowValueOnChart());
        assertEquals(-1, output.getDisplayOrder());
        assertEquals(1f, output.getOpacityAlpha());
        output.setDrawnByIndicator(true);
        assertTrue(output.isDrawnByIndicator());
        assertSame(DrawingStyle.DOT_LINE,
                new OutputParameterInfo("x", OutputParameterInfo.Type.INT, OutputParameterInfo.DOT_LINE).getDrawingStyle());

        assertEquals(Integer.valueOf(14), new IntegerRangeDescription(14, 2, 100, 1).getOptInputDefaultValue());
    }

    // ---------------------------------------------------------------- the facade is Java 8 bytecode

    @ParameterizedTest
    @ValueSource(strings = {"com/dukascopy/api/Instrument.class", "com/dukascopy/api/IStrategy.class",
        "com/dukascopy/api/indicators/IIndicator.class", "com/dukascopy/api/feed/FeedDescriptor.class"})
    void facadeClassFilesAreJava8(String resource) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            DataInputStream data = new DataInputStream(in);
            assertEquals(0xCAFEBABE, data.readInt());
            data.readUnsignedShort();
            assertEquals(52, data.readUnsignedShort(), resource + " major version");
        }
    }
}
