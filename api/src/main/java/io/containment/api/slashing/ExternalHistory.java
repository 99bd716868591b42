package io.containment.api.slashing;

import io.containment.api.consensus.BlsPublicKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link ExternalHistoryReader} found in another signer's slashing database: the history as
 * an interchange (low watermarks carried as records, see the reader), the validators that database
 * had disabled, and its high watermark if it had one.
 *
 * @since SPI 1.4
 */
public record ExternalHistory(Interchange interchange, List<BlsPublicKey> disabledValidators,
                              Optional<HighWatermark> highWatermark) {
    public ExternalHistory {
        Objects.requireNonNull(interchange, "interchange");
        disabledValidators = List.copyOf(disabledValidators);
        Objects.requireNonNull(highWatermark, "highWatermark");
    }
}
