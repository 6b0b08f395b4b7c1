package io.orderflow.data.depth;

import java.nio.file.Paths;

import io.orderflow.data.ProblemLog;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;

/** Child process for the kill test: records numbered ticks as fast as it can until killed. */
public final class RecorderUntilKilled {
    private RecorderUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        try (DepthRecorder rec = DepthRecorder.open(Paths.get(args[0]), Instruments.of("EURUSD"), 10,
                FlushPolicy.everyRecord(), ProblemLog.failing())) {
            long[] ap = new long[10], bp = new long[10];
            double[] as = new double[10], bs = new double[10];
            Tick t = new Tick(10);
            for (long i = 0; ; i++) {
                for (int k = 0; k < 10; k++) {
                    bp[k] = 114_500 - k + i % 7;
                    ap[k] = 114_502 + k + i % 7;
                    bs[k] = (i % 1000) / 100.0 + k;
                    as[k] = 0.1 * k + 0.2;
                }
                rec.append(t.setDepth(i, 10, ap, as, bp, bs));
            }
        }
    }
}
