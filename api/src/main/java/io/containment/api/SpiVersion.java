package io.containment.api;

/**
 * The version of this SPI. A plugin records the major version it was built against in its
 * manifest ({@code Plugin-Requires}); the runtime refuses a plugin built for another major.
 * Minor versions only add (default methods, new optional types) and stay compatible.
 */
public final class SpiVersion {
    /** Incompatible changes bump this. */
    public static final int MAJOR = 1;
    /** Compatible additions bump this. */
    public static final int MINOR = 8;

    private SpiVersion() {
    }

    /** The version as {@code MAJOR.MINOR.0}, the form PF4J compares. */
    public static String asString() {
        return MAJOR + "." + MINOR + ".0";
    }
}
