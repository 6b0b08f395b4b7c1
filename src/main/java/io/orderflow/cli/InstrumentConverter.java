package io.orderflow.cli;

import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an instrument name ({@code EURUSD}, {@code EUR/USD}, {@code eur-usd}) into its spec. */
public final class InstrumentConverter implements ITypeConverter<InstrumentSpec> {
    @Override
    public InstrumentSpec convert(String value) {
        InstrumentSpec spec = Instruments.find(value);
        if (spec == null) {
            StringBuilder known = new StringBuilder();
            for (InstrumentSpec s : Instruments.all()) {
                if (known.length() > 0) known.append(' ');
                known.append(s.symbol());
            }
            throw new TypeConversionException("unknown instrument '" + value + "'; known: " + known);
        }
        return spec;
    }
}
