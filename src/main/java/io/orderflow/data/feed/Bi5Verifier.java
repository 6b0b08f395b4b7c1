package io.orderflow.data.feed;

import java.io.IOException;

import io.orderflow.data.Bi5Decoder;
import io.orderflow.data.ByteArrayInput;
import io.orderflow.data.ProblemLog;

/**
 * Checks that a downloaded {@code .bi5} body decodes completely: a valid LZMA stream whose
 * decompressed length is a whole number of records of the file's kind. A 0-byte body is valid (no
 * records). Record contents (prices, times) are not judged here — the cache keeps what the datafeed
 * served and the readers apply the user's bad-input policy when the file is read.
 *
 * <p>LZMA-alone streams carry no checksum: truncation and most corruption are caught (the decoder
 * must end exactly at the declared size with a finished range coder), but a flipped bit that still
 * decodes cannot be. Thread-safe: each thread uses its own decoder.
 */
final class Bi5Verifier {
    private static final ThreadLocal<Bi5Decoder> DECODER = new ThreadLocal<Bi5Decoder>() {
        @Override
        protected Bi5Decoder initialValue() {
            return new Bi5Decoder();
        }
    };
    private static final ThreadLocal<ByteArrayInput> INPUT = new ThreadLocal<ByteArrayInput>() {
        @Override
        protected ByteArrayInput initialValue() {
            return new ByteArrayInput();
        }
    };

    private Bi5Verifier() {
    }

    /**
     * @return the number of records in the body
     * @throws io.orderflow.data.DataFormatException naming {@code source} when the body does not decode
     */
    static long verify(byte[] body, int length, int recordSize, String source) throws IOException {
        if (length == 0) return 0;
        Bi5Decoder decoder = DECODER.get();
        decoder.open(INPUT.get().reset(body, length), source, recordSize, ProblemLog.failing());
        long records = 0;
        while (decoder.nextRecord() >= 0) records++;
        return records;
    }
}
