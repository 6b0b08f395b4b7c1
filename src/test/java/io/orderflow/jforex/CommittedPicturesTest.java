package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.orderflow.jforex.harness.ChartPainter;

/**
 * The indicator pictures the README, install.md and docs/readme/footprint.md show (no market data
 * needed): each listed in {@link IndicatorPicturesTest#COMMITTED} exists under {@code docs/img}, is a
 * PNG of the painter's size and is small. {@link IndicatorPicturesTest} regenerates them.
 */
class CommittedPicturesTest {
    /** The pictures the README and install.md show exist, are PNGs and have the painter's size. */
    @Test
    void theCommittedPicturesExistAndArePngsOfTheExpectedSize() throws IOException {
        for (Map.Entry<String, Boolean> e : IndicatorPicturesTest.COMMITTED.entrySet()) {
            Path f = IndicatorPicturesTest.BASE.resolve("docs/img").resolve(e.getKey());
            assertTrue(Files.isRegularFile(f), f + " exists (regenerate: see the class comment)");
            try (InputStream in = Files.newInputStream(f)) {
                byte[] head = new byte[8];
                assertEquals(8, in.read(head));
                assertTrue(Arrays.equals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head), f + " is a PNG");
            }
            BufferedImage img = ImageIO.read(f.toFile());
            assertEquals(ChartPainter.WIDTH, img.getWidth(), f.toString());
            assertEquals(ChartPainter.height(e.getValue()), img.getHeight(), f.toString());
            assertTrue(Files.size(f) < 200_000, f + " is small: " + Files.size(f) + " bytes");
        }
    }
}
