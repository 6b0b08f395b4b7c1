/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** The API's checked exception (extends Exception). */
public class JFException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Error codes with a standard message. */
    public enum Error {
        LABEL_INCONSISTENT,
        LABEL_NOT_UNIQUE,
        ORDER_INCORRECT,
        INVALID_AMOUNT,
        CALL_INCORRECT,
        QUEUE_OVERLOADED,
        THREAD_INCORRECT,
        COMMAND_IS_NULL,
        ZERO_PRICE_NOT_ALLOWED,
        ORDERS_UNAVAILABLE,
        ORDER_STATE_IMMUTABLE,
        INVALID_GTT,
        ORDER_CANCEL_INCORRECT,
        NO_ACCOUNT_SETTINGS_RECEIVED
    }

    public JFException(Error errorCode) {
        super(messageOf(errorCode));
    }

    public JFException(Error errorCode, String message) {
        super(message == null ? messageOf(errorCode) : message);
    }

    public JFException(String message, Throwable cause) {
        super(message, cause);
    }

    public JFException(String message) {
        super(message);
    }

    public JFException(Throwable cause) {
        super(cause);
    }

    private static String messageOf(Error error) {
        if (error == null) {
            return "Unknown Error";
        }
        switch (error) {
            case LABEL_INCONSISTENT:
                return "Label inconsistent (Label must not be null, longer than 64 symbols, contain restricted symbols or start with number)";
            case LABEL_NOT_UNIQUE:
                return "Label not unique. (Order already exists)";
            case COMMAND_IS_NULL:
                return "OrderCommand is null";
            case ZERO_PRICE_NOT_ALLOWED:
                return "Zero price not allowed in this order type";
            case THREAD_INCORRECT:
                return "Incorrect thread";
            case ORDERS_UNAVAILABLE:
                return "Orders data unavailable";
            case ORDER_STATE_IMMUTABLE:
                return "Order state immutable";
            case INVALID_GTT:
                return "Good till time is incorrect";
            case ORDER_CANCEL_INCORRECT:
                return "Order cancel with amount not 0, price not 0 or slippage 0 or positive";
            default:
                return "Unknown Error";
        }
    }
}
