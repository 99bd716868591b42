package io.containment.runtime.logging;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Run in a JVM of its own by {@link ConsoleLineHandlerTest}, with one carrier thread: one virtual
 * thread logs 50 lines through a console handler ({@code console-line}: ours; {@code system-out}: a
 * handler on {@code System.out}, as Helidon's), then the number of carrier threads is printed on stderr.
 */
public final class CarrierCount {
    private CarrierCount() {
    }

    public static void main(String[] args) throws InterruptedException {
        Handler handler = switch (args[0]) {
            case "console-line" -> new ConsoleLineHandler();
            case "system-out" -> new StreamHandler(System.out, new SimpleFormatter()) {
                @Override
                public void publish(LogRecord record) {
                    super.publish(record);
                    flush();
                }
            };
            default -> throw new IllegalArgumentException(args[0]);
        };
        Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 50; i++) {
                handler.publish(new LogRecord(Level.INFO, "line " + i));
            }
        }).join();
        long carriers = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().matches("ForkJoinPool-\\d+-worker-\\d+")).count();
        System.err.println("carriers=" + carriers);
    }
}
