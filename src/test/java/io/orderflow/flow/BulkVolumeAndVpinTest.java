package io.orderflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** BVC and VPIN fixtures of reference §b.5, the CDFs against independent formulas, and bucket filling by hand. */
class BulkVolumeAndVpinTest {

    @Test
    void bvcBuyShareIsPhiOfOneAtOneSigmaAndAHalfAtZero() {
        BulkVolumeClassifier bvc = new BulkVolumeClassifier(10, 0);
        assertTrue(Double.isNaN(bvc.classify(-1, 5)));         // one bar: sigma 0, unclassified
        double share = bvc.classify(1, 5);                     // window {-1, +1} equal weights: mean 0, sigma 1
        assertEquals(1.0, bvc.sigma(), 1e-15);
        assertEquals(0.8413, share, 5e-5);                     // reference fixture Z(1) = 0.8413
        assertEquals(0.8413447460685429, share, 1e-13);
        assertEquals(0.5, bvc.classify(0, 5), 1e-15);          // no price change: half and half
    }

    @Test
    void bvcSigmaIsVolumeWeightedOverTheWindow() {
        BulkVolumeClassifier bvc = new BulkVolumeClassifier(2, 0);
        bvc.classify(2, 1);
        bvc.classify(-2, 3);                                   // mean -1, var (1*9 + 3*1)/4 = 3
        assertEquals(Math.sqrt(3), bvc.sigma(), 1e-15);
        bvc.classify(0, 1);                                    // window of 2: {-2 x3, 0 x1}: mean -1.5, var (3*.25 + 2.25)/4
        assertEquals(Math.sqrt(0.75), bvc.sigma(), 1e-15);
        assertEquals(0.5, bvc.classify(0, 0), 1e-15);          // no volume: not added, known sigma
        assertEquals(Math.sqrt(0.75), bvc.sigma(), 1e-15);
    }

    @Test
    void normalCdfAgreesWithItsTaylorSeries() {
        assertEquals(0.5, BulkVolumeClassifier.normalCdf(0), 1e-16);
        assertEquals(0.9750021048517795, BulkVolumeClassifier.normalCdf(1.96), 1e-14);
        assertEquals(0.022750131948179195, BulkVolumeClassifier.normalCdf(-2), 1e-15);
        for (double x = -8; x <= 8; x += 0.0625) {
            assertEquals(ReferenceTradeFlow.phi(x), BulkVolumeClassifier.normalCdf(x), 1e-14, "x=" + x);
        }
        assertEquals(0, BulkVolumeClassifier.normalCdf(-40));
        assertEquals(1, BulkVolumeClassifier.normalCdf(40));
    }

    @Test
    void studentTCdfMatchesClosedFormsForOneAndTwoDegrees() {
        for (double t = -20; t <= 20; t += 0.25) {
            assertEquals(0.5 + Math.atan(t) / Math.PI, BulkVolumeClassifier.studentTCdf(t, 1), 1e-12, "Cauchy t=" + t);
            assertEquals(0.5 + t / (2 * Math.sqrt(2 + t * t)), BulkVolumeClassifier.studentTCdf(t, 2), 1e-12, "nu=2 t=" + t);
        }
        // many degrees of freedom: close to the normal
        assertEquals(BulkVolumeClassifier.normalCdf(1), BulkVolumeClassifier.studentTCdf(1, 1e6), 1e-6);
        BulkVolumeClassifier t4 = new BulkVolumeClassifier(10, 4);
        assertEquals(BulkVolumeClassifier.studentTCdf(0.7, 4), t4.cdf(0.7), 0);
    }

    @Test
    void vpinOfTheReferenceToyBucketsIsPointTwoThreeThree() {
        Vpin v = new Vpin(100, 3);
        v.add(70, 30);
        v.add(40, 60);
        assertTrue(Double.isNaN(v.value()));
        v.add(55, 45);
        assertEquals(70.0 / 300, v.value(), 1e-12);        // (40 + 20 + 10) / 300 = 0.2333
        assertEquals(0.2333, v.value(), 5e-5);
        assertEquals(3, v.bucketsCompleted());
    }

    @Test
    void vpinSplitsABarAcrossBucketsKeepingItsBuyShare() {
        Vpin v = new Vpin(100, 2);
        v.add(150, 50);                                    // two full buckets of (75, 25): |50| each
        assertEquals(0.5, v.value(), 1e-12);
        v.add(0, 60);                                      // 60 pending, no bucket completed
        assertEquals(60, v.pendingVolume(), 1e-12);
        assertEquals(0.5, v.value(), 1e-12);
        v.add(40, 0);                                      // bucket (40, 60): |20|; window {50, 20}
        assertEquals(70.0 / 200, v.value(), 1e-12);
    }
}
