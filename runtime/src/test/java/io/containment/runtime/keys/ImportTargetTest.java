package io.containment.runtime.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.KeyDeletion;
import io.containment.api.keys.PendingImport;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.keys.WritableKeySource;
import io.containment.runtime.config.ConfigException;
import io.containment.runtime.plugins.KeySources;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code http.key_manager_api.import_to}: the named writable source, else the first writable one; anything else exits 2. */
class ImportTargetTest {
    private final KeySources.Named readOnly = new KeySources.Named("aws_kms", new TestKeySource(Optional.empty(), List.of()));
    private final KeySources.Named first = new KeySources.Named("filesystem", new Writable());
    private final KeySources.Named second = new KeySources.Named("dynamodb", new Writable());
    private final KeySources sources = new KeySources(List.of(readOnly, first, second));

    @Test
    void withoutImportToTheFirstSourceThatCanStoreKeys() {
        assertThat(ImportTarget.select(sources, Optional.empty())).containsSame(first);
        assertThat(new KeyRegistry(sources).importTarget()).containsSame(first);
        assertThat(ImportTarget.select(new KeySources(List.of(readOnly)), Optional.empty())).isEmpty();
    }

    @Test
    void theNamedSource() {
        assertThat(ImportTarget.select(sources, Optional.of("dynamodb"))).containsSame(second);
        assertThat(new KeyRegistry(sources, KeyLoadListener.none(), ImportTarget.select(sources, Optional.of("dynamodb")))
                .importTarget()).containsSame(second);
    }

    @Test
    void anUnknownOrReadOnlySourceIsAConfigurationErrorNamingTheKey() {
        assertThatThrownBy(() -> ImportTarget.select(sources, Optional.of("dynamo"))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("http.key_manager_api.import_to: no key source named 'dynamo'");
        assertThatThrownBy(() -> ImportTarget.select(sources, Optional.of("aws_kms"))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("http.key_manager_api.import_to: key source 'aws_kms' cannot store keys");
    }

    private static final class Writable extends TestKeySource implements WritableKeySource {
        Writable() {
            super(Optional.empty(), List.of());
        }

        @Override
        public PendingImport prepareImport(byte[] keystoreJson, byte[] password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean readOnly(BlsPublicKey publicKey) {
            return false;
        }

        @Override
        public KeyDeletion delete(BlsPublicKey publicKey) {
            return new KeyDeletion.NotFound();
        }

        @Override
        public List<ValidatorKey> keys() {
            return List.of();
        }
    }
}
