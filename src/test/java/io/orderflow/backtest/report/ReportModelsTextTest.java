package io.orderflow.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.orderflow.backtest.broker.BrokerConfig;

/** The report's notes and heading in words, numbers rounded for people. */
class ReportModelsTextTest {
    @Test
    void brokerSettingsInWords() {
        BrokerConfig b = BrokerConfig.builder().accountCurrency("USD").commissionUsdPerMillion(35).build();
        assertEquals("deposit 100,000 USD, leverage 1:100, latency 0 ms, slippage 0 points, commission 35.00 USD per"
                + " million per side, margin cut at 200 %", ReportModels.describe(b));
    }

    @Test
    void headingTimesToTheMinuteInUtc() {
        assertEquals("2019-02-04 00:00", ReportModels.minute(1_549_238_400_994L));
        assertEquals("2019-02-05 23:59", ReportModels.minute(1_549_411_199_765L));
    }
}
