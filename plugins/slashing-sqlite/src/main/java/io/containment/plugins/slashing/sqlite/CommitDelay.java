package io.containment.plugins.slashing.sqlite;

import java.time.Duration;

/**
 * How long at most the committer waits before it takes a batch, so that more check-and-records join
 * one commit (PostgreSQL's {@code commit_delay} with {@code commit_siblings}): only after a batch of
 * two or more, that is while several requests are signing at once, and only until as many are
 * queued as the last batch held (a few clients in a loop are not held up: they are all there). A
 * lone request on an idle signer is never delayed. Under load the core signs other requests
 * meanwhile, and every request the wait adds to the batch shares the commit's fixed work (lock
 * calls, the WAL's shared pages, fsync); when every request in flight is waiting for the commit
 * and fewer than last time, the core idles for the rest of the delay.
 */
record CommitDelay(long nanos) {
    static final CommitDelay NONE = new CommitDelay(0);
    /** The largest delay accepted from configuration: beyond it the wait would be felt as latency. */
    static final int MAX_MILLIS = 100;

    CommitDelay {
        if (nanos < 0 || nanos > Duration.ofMillis(MAX_MILLIS).toNanos()) {
            throw new IllegalArgumentException("commit delay out of range: " + nanos + " ns");
        }
    }

    static CommitDelay ofMillis(int millis) {
        return new CommitDelay(Duration.ofMillis(millis).toNanos());
    }

    /** The longest wait before the next batch, given how many works the last one held. */
    long before(int previousBatchSize) {
        return previousBatchSize > 1 ? nanos : 0;
    }
}
