package io.containment.runtime.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The signing audit line is written as text; it must be exactly what Parsson writes for the same object. */
class AuditLogTest {
    private static final Instant NOW = Instant.parse("2026-11-26T04:08:13.123456Z");

    @Test
    void theSigningLineIsTheTextParssonWritesForTheSameObject() {
        List<String> details = new ArrayList<>(List.of("", "plain", "quote \" and backslash \\ and slash /",
                "new\nline, tab\t, return\r, backspace\b, form feed\f", "\u0000\u0001\u001f\u007f", "é ü 中文 😀 \u2028\u2029",
                "lone surrogate \ud800 end"));
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
            }
            details.add(text.toString());
        }
        AuditLog audit = new AuditLog(Clock.fixed(NOW, ZoneOffset.UTC));
        List<String> lines = capture(() -> {
            audit.signing("0xab", "ATTESTATION", "signed", null);
            for (String detail : details) {
                audit.signing("0xab", "BLOCK_V2", "refused_slashing", detail);
            }
        });
        List<String> expected = new ArrayList<>();
        expected.add(parsson("0xab", "ATTESTATION", "signed", null));
        for (String detail : details) {
            expected.add(parsson("0xab", "BLOCK_V2", "refused_slashing", detail));
        }
        assertThat(lines).containsExactlyElementsOf(expected);
    }

    private static String parsson(String publicKey, String type, String outcome, String detail) {
        JsonObjectBuilder event = Json.createObjectBuilder().add("target", "audit").add("time", NOW.toString())
                .add("event", "signing").add("pubkey", publicKey).add("type", type).add("outcome", outcome);
        if (detail != null) {
            event.add("detail", detail);
        }
        return event.build().toString();
    }

    private static List<String> capture(Runnable logging) {
        Logger logger = Logger.getLogger(AuditLog.LOGGER);
        List<String> lines = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addHandler(handler);
        try {
            logging.run();
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(before);
        }
        return lines;
    }
}
