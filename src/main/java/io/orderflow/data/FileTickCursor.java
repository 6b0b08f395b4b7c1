package io.orderflow.data;

import io.orderflow.market.TickCursor;

/**
 * A tick cursor that reads files and counts what it met, for a command's data report: files read,
 * hours inside trading hours without data, hours whose file was damaged. Counts grow while the
 * cursor is read; read them on the cursor's thread (single-threaded, like every cursor).
 */
public interface FileTickCursor extends TickCursor {
    /** Files (hour files, CSV files, recordings) opened so far. */
    int filesRead();

    /** Hours inside trading hours that had no data so far (0 where the source does not check). */
    int hoursMissing();

    /** Hours whose file was damaged (ticks after the damage lost) so far; 0 where not applicable. */
    int hoursDamaged();
}
