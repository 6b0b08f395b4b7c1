package io.orderflow.backtest;

/**
 * A sweep grid that cannot be used: an axis or grid file that cannot be read, a value of the wrong
 * type or out of its range, an axis given twice, or a point whose configuration is invalid. The
 * message names where (the label the caller gave, e.g. a command-line option and its value, or the
 * grid file) and what is wrong.
 */
public final class GridException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public GridException(String message) {
        super(message);
    }
}
