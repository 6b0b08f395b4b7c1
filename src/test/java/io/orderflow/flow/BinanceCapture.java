package io.orderflow.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.orderflow.data.ProblemLog;
import io.orderflow.data.binance.BinanceCaptureListener;
import io.orderflow.data.binance.BinanceCaptureReader;
import io.orderflow.testing.TestInstruments;
import io.orderflow.testing.TestData;

/**
 * One Binance spot capture (a pair of files read as one stream) as trades, each with the bookTicker
 * quote that preceded it in arrival order, and the quotes themselves with their local receive time.
 */
final class BinanceCapture {
    /** A bookTicker update with its local receive time (ms, capture clock). */
    record BookQuote(long localMs, long bid, double bidSize, long ask, double askSize) {
    }

    /** A trade with its local receive time (ms, capture clock). */
    record Trade(long localMs, ReferenceTradeFlow.Print print) {
    }

    final String symbol;
    final List<Trade> trades = new ArrayList<>();
    final List<BookQuote> quotes = new ArrayList<>();
    /** Quotes and trades in arrival (file) order: {@link BookQuote} or {@link Trade}. */
    final List<Object> arrivals = new ArrayList<>();

    private BinanceCapture(String symbol) {
        this.symbol = symbol;
    }

    /** Loads {@code binance/spot/<symbol>_20240808.gz} and {@code …_20240809.gz} (skips when absent). */
    static BinanceCapture load(String symbol) throws Exception {
        BinanceCapture c = new BinanceCapture(symbol);
        BinanceCaptureReader reader = new BinanceCaptureReader(TestInstruments.of(symbol), ProblemLog.failing());
        BinanceCaptureListener l = new BinanceCaptureListener() {
            long bid = TradeClassifier.NO_QUOTE;
            long ask = TradeClassifier.NO_QUOTE;

            @Override
            public void onBookTicker(long updateId, long bidPrice, double bidSize, long askPrice, double askSize,
                                     long localNanos) {
                bid = bidPrice;
                ask = askPrice;
                BookQuote q = new BookQuote(localNanos / 1_000_000L, bidPrice, bidSize, askPrice, askSize);
                c.quotes.add(q);
                c.arrivals.add(q);
            }

            @Override
            public void onTrade(long tradeTimeMs, long eventTimeMs, long tradeId, long price, double quantity,
                                boolean buyerIsMaker, long localNanos) {
                Trade t = new Trade(localNanos / 1_000_000L, new ReferenceTradeFlow.Print(tradeTimeMs, price,
                        quantity, Aggressor.fromBuyerIsMaker(buyerIsMaker), bid, ask));
                c.trades.add(t);
                c.arrivals.add(t);
            }
        };
        for (String day : new String[] {"20240808", "20240809"}) {
            Path f = TestData.require("binance/spot/" + symbol.toLowerCase(java.util.Locale.ROOT) + "_" + day + ".gz");
            reader.read(f, l);
        }
        return c;
    }
}
