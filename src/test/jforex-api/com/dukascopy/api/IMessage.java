/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A message from the server (order events and others). Complete (jforex-api.md 3.5). */
public interface IMessage {

    /** Message type. */
    enum Type {
        ORDER_SUBMIT_REJECTED,
        ORDER_SUBMIT_OK,
        ORDER_FILL_REJECTED,
        ORDER_CLOSE_REJECTED,
        ORDER_CLOSE_OK,
        ORDER_FILL_OK,
        ORDERS_MERGE_OK,
        ORDERS_MERGE_REJECTED,
        ORDER_CHANGED_OK,
        ORDER_CHANGED_REJECTED,
        MAIL,
        NEWS,
        CALENDAR,
        NOTIFICATION,
        INSTRUMENT_STATUS,
        CONNECTION_STATUS,
        STRATEGY_BROADCAST,
        @Deprecated
        SENDING_ORDER,
        STOP_LOSS_LEVEL_CHANGED,
        WITHDRAWAL
    }

    /** Why a message was sent; each reason belongs to some message types. */
    enum Reason {
        ORDER_CLOSED_BY_SL(Type.ORDER_CLOSE_OK),
        ORDER_CLOSED_BY_TP(Type.ORDER_CLOSE_OK),
        ORDER_CLOSED_BY_MERGE(Type.ORDER_CLOSE_OK),
        ORDER_CHANGED_SL(Type.ORDER_CHANGED_OK),
        ORDER_CHANGED_TP(Type.ORDER_CHANGED_OK),
        ORDER_CHANGED_AMOUNT(Type.ORDER_CHANGED_OK),
        ORDER_CHANGED_PRICE(Type.ORDER_CHANGED_OK),
        ORDER_CHANGED_GTT(Type.ORDER_CHANGED_OK),
        ORDER_CHANGED_TYPE(Type.ORDER_CHANGED_OK),
        ORDER_FULLY_FILLED(Type.ORDER_CHANGED_OK, Type.ORDER_FILL_OK),
        ORDER_CHANGED_LABEL(Type.ORDER_CHANGED_OK),
        ORDER_CHANGED_COMMENT(Type.ORDER_CHANGED_OK),
        UNDEFINED;

        private final Set<Type> types;

        Reason(Type... types) {
            EnumSet<Type> set = EnumSet.noneOf(Type.class);
            Collections.addAll(set, types);
            this.types = set;
        }

        public boolean isMessageTypeSupported(Type messageType) {
            return types.contains(messageType);
        }
    }

    Type getType();

    Set<Reason> getReasons();

    String getContent();

    IOrder getOrder();

    long getCreationTime();
}
