package io.containment.runtime.testplugins;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the test plugins did, in order, across the test JVM: lets tests check startup ordering. */
public final class StartupOrder {
    private static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private StartupOrder() {
    }

    static void record(String event) {
        EVENTS.add(event);
    }

    /** Every event so far. */
    public static List<String> events() {
        return List.copyOf(EVENTS);
    }
}
