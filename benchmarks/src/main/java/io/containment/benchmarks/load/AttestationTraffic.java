package io.containment.benchmarks.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic, never slashable traffic: keys taken round-robin, each key's attestations with strictly
 * increasing target epochs (source = target − 1), as a validator client sends them on mainnet
 * (Electra fork, mainnet genesis validators root). Thread-safe.
 */
final class AttestationTraffic {
    private static final long FIRST_EPOCH = 400_000;
    private static final String TEMPLATE = """
            {"type":"ATTESTATION","fork_info":{"fork":{"previous_version":"0x04000000","current_version":"0x05000000",\
            "epoch":"364032"},"genesis_validators_root":"0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95"},\
            "attestation":{"slot":"%d","index":"0","beacon_block_root":"0x%064x",\
            "source":{"epoch":"%d","root":"0x%064x"},"target":{"epoch":"%d","root":"0x%064x"}}}""";

    private final List<String> pubkeys;
    private final AtomicLong sequence;

    AttestationTraffic(List<String> pubkeys, long startAt) {
        this.pubkeys = List.copyOf(pubkeys);
        this.sequence = new AtomicLong(startAt);
    }

    /** One request: the path and the body. */
    record Request(String path, byte[] body) {
    }

    Request next() {
        long n = sequence.getAndIncrement();
        int key = (int) (n % pubkeys.size());
        long epoch = FIRST_EPOCH + n / pubkeys.size();
        long slot = epoch * 32 + key % 32;
        String body = TEMPLATE.formatted(slot, n + 1, epoch - 1, epoch - 1, epoch, epoch);
        return new Request("/api/v1/eth2/sign/" + pubkeys.get(key), body.getBytes(StandardCharsets.US_ASCII));
    }

    /** Where a later run must start so its epochs are above every one this run used. */
    long position() {
        return sequence.get() + pubkeys.size();
    }
}
