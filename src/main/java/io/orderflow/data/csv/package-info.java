/**
 * Readers of CSV exports: tick and candle files exported by the JForex platform
 * ({@code Time (UTC),Ask,Bid,AskVolume,BidVolume}) or by Dukascopy's web export
 * ({@code Gmt time,...} / {@code Local time,...}), plain or gzip.
 *
 * <p>Main types: {@link io.orderflow.data.csv.CsvTickReader} (a {@code TickCursor}) and
 * {@link io.orderflow.data.csv.CsvCandleReader}; their shared parts
 * {@link io.orderflow.data.csv.CsvRowParser}, {@link io.orderflow.data.csv.CsvHeader} (recognised
 * layouts), {@link io.orderflow.data.csv.CsvTime}, {@link io.orderflow.data.csv.CsvNumbers},
 * {@link io.orderflow.data.csv.LineSource} and {@link io.orderflow.data.csv.TransparentGzip}.
 *
 * <p>Units: times parsed into ms UTC (local-time exports need their zone), prices into integer points
 * at the instrument's scale, volumes into {@code double}. Every bad row is reported through the
 * {@code ProblemLog} with the file name and line number. Threading: a reader is single-threaded;
 * parsing is allocation-free per ordinary row.
 *
 * <p>Dependencies: {@code io.orderflow.data} and {@code io.orderflow.market} only.
 */
package io.orderflow.data.csv;
