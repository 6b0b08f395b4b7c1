package io.orderflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README's speed table is a summary of {@code docs/readme/speed.md}, the record of the JMH runs
 * (speed is never measured by a unit test): every number in a README row must appear in the
 * speed.md row it summarises, so a figure cannot be changed in one place only or invented.
 */
class ReadmeSpeedTableTest {
    /** README row label -> the start of the speed.md row it summarises. */
    private static final Map<String, String> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("`.bi5` decode", "| `.bi5` decode");
        ROWS.put("trade-flow update per tick", "| full trade-flow update per tick");
        ROWS.put("closed bar evaluated by the strategy", "| strategy: one closed bar evaluated");
        ROWS.put("sweep replay per core", "| sweep replay from memory");
        ROWS.put("depth pipeline per update", "| the product depth pipeline");
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    @Test
    void everyReadmeSpeedFigureIsInTheBenchmarkRecord() throws IOException {
        List<String> readme = Files.readAllLines(Paths.get("README.md"), StandardCharsets.UTF_8);
        List<String> speed = Files.readAllLines(Paths.get("docs/readme/speed.md"), StandardCharsets.UTF_8);
        int header = -1;
        for (int i = 0; i < readme.size(); i++) if (readme.get(i).startsWith("| per | measured | target |")) header = i;
        assertTrue(header >= 0, "README.md: no speed table (| per | measured | target |)");
        List<String> rows = new ArrayList<>();
        for (int i = header + 2; i < readme.size() && readme.get(i).startsWith("|"); i++) rows.add(readme.get(i));
        assertEquals(ROWS.size(), rows.size(), "README speed rows: " + rows);
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String label = cells[1].trim();
            String key = ROWS.get(label);
            assertTrue(key != null, "README speed row not known to this test: " + label);
            String record = null;
            for (String s : speed) if (s.startsWith(key)) record = s;
            assertTrue(record != null, "docs/readme/speed.md: no row starting " + key);
            for (int c = 2; c <= 3; c++) {
                Matcher m = NUMBER.matcher(cells[c]);
                while (m.find()) {
                    assertTrue(Pattern.compile("(?<![\\d.])" + Pattern.quote(m.group()) + "(?![\\d])").matcher(record).find(),
                            "README speed row '" + label + "' says " + m.group() + ", speed.md's row does not: " + record);
                }
            }
        }
    }
}
