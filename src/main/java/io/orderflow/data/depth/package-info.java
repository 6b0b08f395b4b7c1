/**
 * Recording and replay of multi-level ticks: JForex gives up to 10 depth levels live only (the
 * Historical Tester has one), so depth measures are backtested by recording live ticks with
 * {@link io.orderflow.data.depth.DepthRecorder} and replaying them with
 * {@link io.orderflow.data.depth.DepthRecordingReader}, which gives back exactly the ticks that
 * were recorded, so every calculator computes exactly the live values.
 *
 * <h2>File format, version 1</h2>
 * All integers big-endian. A file is a header followed by records, appended one after another.
 *
 * <pre>
 * header
 *   8 bytes  magic "OFDEPTH" 0x00
 *   u16      format version (1)
 *   u16      header length H in bytes, CRC included (27 + symbol length in version 1)
 *   u8       point scale (price = points / 10^scale)
 *   u8       maximum levels per side in any record (1..255)
 *   i64      base time, ms UTC (record times are stored relative to it)
 *   u8       symbol length L (1..64), then L bytes of ASCII symbol, e.g. EURUSD
 *   u32      CRC-32 of the header bytes before it
 * record
 *   u16      payload length P (1..65535)
 *   P bytes  payload
 *   u32      CRC-32 of the two length bytes and the payload
 * payload
 *   u8       levels per side n (1..max levels)
 *   varint   zigzag(time − base time), ms
 *   varint   zigzag(best bid), points
 *   varint   zigzag(best ask − best bid), points
 *   n − 1 ×  varint zigzag(bid[i−1] − bid[i]), points
 *   n − 1 ×  varint zigzag(ask[i] − ask[i−1]), points
 *   2n ×     size of ask[0..n−1] then bid[0..n−1]: varint (m &lt;&lt; 4 | e) meaning m / 10^e for
 *            e in 0..14 (chosen only when that division gives back the very same double), or
 *            the varint 15 followed by the 8 bytes of the IEEE-754 double
 * </pre>
 * Varints are unsigned LEB128 (7 bits per byte, low bits first); zigzag maps signed to unsigned.
 * A reader of version 1 refuses a file with a higher version, naming both versions.
 *
 * <p>Each record carries its own absolute values (no record depends on an earlier one), so a
 * damaged record costs only itself: the reader reports it as
 * {@link io.orderflow.data.Problem#CORRUPT_RECORD} naming the file, the record and the byte
 * offset, finds the next record whose checksum holds and goes on. A record cut short by a crash
 * or kill at the end of the file is reported as {@link io.orderflow.data.Problem#TRUNCATED_RECORD};
 * everything before it is read. Reopening a file for recording cuts such a tail off before
 * appending.
 *
 * <p>This is file I/O, so it lives with the readers: it depends on {@code io.orderflow.market} and
 * the data layer's error handling ({@code ProblemLog}, {@code DataFormatException}) only, never on
 * the calculators that consume the ticks. Threading: a recorder or a reader is single-threaded.
 */
package io.orderflow.data.depth;
