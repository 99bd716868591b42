package io.containment.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.contract.KnownKeys.KnownKey;
import io.containment.api.contract.KnownKeys.KnownSignature;
import io.containment.api.keys.InvalidKeystoreException;
import io.containment.api.keys.KeyDeletion;
import io.containment.api.keys.PendingImport;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.keys.WritableKeySource;
import io.containment.api.plugin.PluginContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link WritableKeySource} must do: imports are all-or-nothing per keystore, survive
 * a restart (a new source over the same storage), and a deleted key never signs or comes back.
 * A plugin's test implements {@link #openSource} over whatever storage lives in {@code dir}.
 */
public abstract class WritableKeySourceContract {
    protected static final KnownKeys KNOWN = KnownKeys.load();
    protected static final String PASSWORD = "testpassword-0123";

    @TempDir
    private Path tempDir;
    private Path dir;
    private PluginContext context;
    private WritableKeySource source;

    /**
     * Opens a writable source over the storage in {@code dir}: empty on the first call, and on
     * a later call (a "restart") it must see what earlier sources stored there.
     */
    protected abstract WritableKeySource openSource(Path dir, PluginContext context) throws Exception;

    @BeforeEach
    final void open() throws Exception {
        dir = Files.createDirectories(tempDir.resolve("source"));
        context = new TestPluginContext(Files.createDirectories(tempDir.resolve("data")));
        source = openSource(dir, context);
        source.keys();
    }

    @AfterEach
    final void close() {
        source.close();
    }

    /** The source of the current test. */
    protected final WritableKeySource source() {
        return source;
    }

    /** The folder the source stores in. */
    protected final Path dir() {
        return dir;
    }

    /** A fresh keystore of a known key under {@link #PASSWORD}. */
    protected static byte[] keystoreOf(KnownKey key) {
        return TestKeystores.pbkdf2(key.secret(), key.publicKey(), PASSWORD, "m/12381/3600/0/0/0");
    }

    protected static byte[] password() {
        return PASSWORD.getBytes(StandardCharsets.UTF_8);
    }

    private static KnownSignature signatureOf(KnownKey key) {
        return KNOWN.signatures().stream().filter(s -> s.publicKey().equals(key.publicKey())).findFirst().orElseThrow();
    }

    private ValidatorKey importKey(KnownKey key) {
        try (PendingImport pending = source.prepareImport(keystoreOf(key), password())) {
            return pending.commit();
        }
    }

    @Test
    void anImportedKeySignsAndIsAmongTheKeys() {
        KnownKey known = KNOWN.keys().getFirst();

        ValidatorKey key = importKey(known);

        assertThat(key.publicKey()).isEqualTo(known.publicKey());
        assertThat(key.sign(signatureOf(known).signingRoot())).isEqualTo(signatureOf(known).signature());
        assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactly(known.publicKey());
        assertThat(source.readOnly(known.publicKey())).isFalse();
    }

    @Test
    void preparingAnImportReportsThePublicKeyAndPathAndStoresNothingUntilCommitted() throws Exception {
        KnownKey known = KNOWN.keys().get(1);
        try (PendingImport pending = source.prepareImport(keystoreOf(known), password())) {
            assertThat(pending.publicKey()).isEqualTo(known.publicKey());
            assertThat(pending.derivationPath()).contains("m/12381/3600/0/0/0");
        }
        assertThat(source.keys()).isEmpty();
        assertThat(reopened().keys()).isEmpty();
    }

    @Test
    void anImportSurvivesARestart() throws Exception {
        KnownKey known = KNOWN.keys().get(2);
        importKey(known);

        source.close();
        source = openSource(dir, context);
        List<ValidatorKey> keys = source.keys();

        assertThat(keys).extracting(ValidatorKey::publicKey).containsExactly(known.publicKey());
        assertThat(keys.getFirst().sign(signatureOf(known).signingRoot())).isEqualTo(signatureOf(known).signature());
        assertThat(source.readOnly(known.publicKey())).isFalse();
    }

    @Test
    void aWrongPasswordIsRefusedWithoutRevealingItAndNothingIsStored() throws Exception {
        KnownKey known = KNOWN.keys().getFirst();
        String wrong = "not-the-password-42";

        assertThatThrownBy(() -> source.prepareImport(keystoreOf(known), wrong.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidKeystoreException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain(wrong).doesNotContain(PASSWORD));
        assertThat(reopened().keys()).isEmpty();
    }

    @Test
    void aMalformedKeystoreIsRefused() {
        for (String bad : List.of("", "not json", "{}", "[]", "{\"version\": 4}")) {
            assertThatThrownBy(() -> source.prepareImport(bad.getBytes(StandardCharsets.UTF_8), password()))
                    .as(bad).isInstanceOf(InvalidKeystoreException.class);
        }
    }

    @Test
    void aKeystoreWhosePubkeyIsNotItsSecretsIsRefused() {
        KnownKey secretOwner = KNOWN.keys().get(0);
        KnownKey claimed = KNOWN.keys().get(1);
        byte[] lying = TestKeystores.pbkdf2(secretOwner.secret(), claimed.publicKey(), PASSWORD, "");

        assertThatThrownBy(() -> source.prepareImport(lying, password())).isInstanceOf(InvalidKeystoreException.class);
        assertThat(source.keys()).isEmpty();
    }

    @Test
    void theKeystoreAndPasswordArraysAreWiped() {
        byte[] keystore = keystoreOf(KNOWN.keys().getFirst());
        byte[] password = password();
        source.prepareImport(keystore, password).close();

        assertThat(password).containsOnly(0);
        assertThat(keystore).containsOnly(0);
    }

    @Test
    void aDeletedKeyNeverSignsAgainAndDoesNotComeBack() throws Exception {
        KnownKey known = KNOWN.keys().get(3);
        ValidatorKey key = importKey(known);

        assertThat(source.delete(known.publicKey())).isInstanceOf(KeyDeletion.Deleted.class);

        KeySourceContract.assertCannotSign(key, signatureOf(known));
        assertThat(source.keys()).isEmpty();
        assertThat(source.reload().orElse(List.of())).isEmpty();
        assertThat(reopened().keys()).isEmpty();
    }

    @Test
    void deletingAnUnknownKeyIsNotFound() {
        BlsPublicKey unknown = KNOWN.keys().getFirst().publicKey();

        assertThat(source.delete(unknown)).isInstanceOf(KeyDeletion.NotFound.class);
        assertThat(source.readOnly(unknown)).isFalse();
    }

    @Test
    void aKeyCanBeImportedAgainAfterItWasDeleted() {
        KnownKey known = KNOWN.keys().get(1);
        importKey(known);
        source.delete(known.publicKey());

        ValidatorKey again = importKey(known);

        assertThat(again.sign(signatureOf(known).signingRoot())).isEqualTo(signatureOf(known).signature());
        assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactly(known.publicKey());
    }

    @Test
    void aReloadKeepsImportedKeysUsable() {
        KnownKey known = KNOWN.keys().get(2);
        importKey(known);

        List<ValidatorKey> reloaded = source.reload().orElseGet(source::keys);

        assertThat(reloaded).extracting(ValidatorKey::publicKey).containsExactly(known.publicKey());
        assertThat(reloaded.getFirst().sign(signatureOf(known).signingRoot())).isEqualTo(signatureOf(known).signature());
    }

    /** A second source over the same storage, closed after the test. */
    private WritableKeySource reopened() throws Exception {
        WritableKeySource other = openSource(dir, context);
        closeLater.add(other);
        return other;
    }

    private final List<WritableKeySource> closeLater = new java.util.ArrayList<>();

    @AfterEach
    final void closeOthers() {
        closeLater.forEach(WritableKeySource::close);
    }
}
