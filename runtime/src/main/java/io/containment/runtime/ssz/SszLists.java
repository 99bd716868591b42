package io.containment.runtime.ssz;

import java.util.List;

/** Checks shared by containers holding SSZ lists. */
final class SszLists {
    private SszLists() {
    }

    /** An immutable copy of {@code list}, refused when it holds more than {@code limit} elements. */
    static <T> List<T> copyOf(List<T> list, int limit, String name) {
        List<T> copy = List.copyOf(list);
        if (copy.size() > limit) {
            throw new IllegalArgumentException(name + " has more than " + limit + " elements");
        }
        return copy;
    }
}
