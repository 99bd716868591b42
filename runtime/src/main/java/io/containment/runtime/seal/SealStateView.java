package io.containment.runtime.seal;

/** The current seal state, for readers that must not change it (healthcheck, metrics). */
public interface SealStateView {
    SealState state();
}
