package io.containment.runtime.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.runtime.seal.ChamberRefusedException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The seal state machine in KMS-only mode with 3 KMS keys and threshold 2. */
class ChamberTest {
    static final List<String> KEYS = List.of("kms-a", "kms-b", "kms-c");
    final MemoryShareWrapper kms = new MemoryShareWrapper("kms-a", "kms-b", "kms-c", "kms-d");
    final MemoryStateStore store = new MemoryStateStore();
    final AtomicReference<String> printedToken = new AtomicReference<>();

    Chamber start() {
        Chamber chamber = new Chamber(store, kms, "kms_only", Clock.systemUTC(), new SecureRandom(), printedToken::set);
        chamber.start();
        return chamber;
    }

    Chamber initialised() {
        Chamber chamber = start();
        chamber.init(token(), KEYS, 2);
        return chamber;
    }

    byte[] token() {
        return printedToken.get().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aFreshSignerIsUninitialisedAndPrintsASetupTokenOnceOnly() {
        Chamber chamber = start();
        assertThat(chamber.state()).isEqualTo(SealState.UNINITIALIZED);
        String token = printedToken.get();
        assertThat(token).matches("cc-setup-[0-9a-f]{64}");
        assertThat(store.read().orElseThrow()).as("only the hash is stored").doesNotContain(token.substring(9))
                .contains("\"phase\":\"uninitialized\"");
        chamber.close();
        printedToken.set(null);
        Chamber restarted = start();
        assertThat(printedToken.get()).as("printed at the first start only").isNull();
        assertThat(restarted.state()).isEqualTo(SealState.UNINITIALIZED);
        printedToken.set(token);
        restarted.init(token(), KEYS, 2);
        assertThat(restarted.state()).as("the first start's token works after a restart").isEqualTo(SealState.UNSEALED);
    }

    @Test
    void aSecondInstanceUsesTheSameTokenAndPicksUpAnotherInstancesInit() {
        Chamber first = start();
        String token = printedToken.get();
        printedToken.set(null);
        Chamber second = start();
        assertThat(printedToken.get()).isNull();
        printedToken.set(token);
        first.init(token(), KEYS, 2);
        assertThat(second.state()).isEqualTo(SealState.UNINITIALIZED);
        second.tick();
        assertThat(second.state()).as("KMS-only: the other instance unseals from the shared record").isEqualTo(SealState.UNSEALED);
        assertThatThrownBy(() -> second.init(token(), KEYS, 2)).isInstanceOfSatisfying(ChamberRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_INITIALIZED));
    }

    @Test
    void aLostSetupTokenIsReplacedOnTheHostAndTheOldOneStopsWorking() {
        Chamber chamber = start();
        String old = printedToken.get();
        SetupTokenReset.reset(store, new SecureRandom(), printedToken::set);
        assertThat(printedToken.get()).isNotEqualTo(old).matches("cc-setup-[0-9a-f]{64}");
        assertThatThrownBy(() -> chamber.init(old.getBytes(StandardCharsets.US_ASCII), KEYS, 2))
                .isInstanceOfSatisfying(ChamberRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_TOKEN));
        chamber.init(token(), KEYS, 2);
        assertThatThrownBy(() -> SetupTokenReset.reset(store, new SecureRandom(), printedToken::set))
                .isInstanceOfSatisfying(ChamberRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_INITIALIZED));
    }

    @Test
    void aStoredRecordOfTheOtherModeStopsTheStartNamingTheKey() {
        initialised().close();
        Chamber quorum = new Chamber(store, kms, "operator_quorum", Clock.systemUTC(), new SecureRandom(), printedToken::set);
        assertThatThrownBy(quorum::start).isInstanceOf(io.containment.runtime.config.ConfigException.class)
                .hasMessageContaining("signer_state.mode").hasMessageContaining("kms_only");
    }

    boolean uninitialisedInStore() {
        return SealRecord.fromJson(store.read().orElseThrow()).phase() == SealRecord.Phase.UNINITIALIZED;
    }

    @Test
    void initCreatesAMasterKeyWrapsOneShareWithEachKeyAndUnseals() {
        Chamber chamber = initialised();
        assertThat(chamber.state()).isEqualTo(SealState.UNSEALED);
        assertThat(chamber.status()).isEqualTo(new ChamberStatus(SealState.UNSEALED, "kms_only", 2, 3));
        SealRecord record = SealRecord.fromJson(store.read().orElseThrow());
        assertThat(record.shares()).extracting(WrappedShare::index).containsExactly(1, 2, 3);
        assertThat(record.shares()).extracting(WrappedShare::keyId).containsExactlyElementsOf(KEYS);
        byte[] master = recoverMasterKey(record);
        assertThat(store.read().orElseThrow()).doesNotContain(HexFormat.of().formatHex(master))
                .doesNotContain(Base64.getEncoder().encodeToString(master));
    }

    @Test
    void theSetupTokenWorksOnceAndOnlyWhenRight() {
        Chamber chamber = start();
        assertThatThrownBy(() -> chamber.init("cc-setup-wrong".getBytes(StandardCharsets.US_ASCII), KEYS, 2))
                .isInstanceOfSatisfying(ChamberRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_TOKEN));
        assertThatThrownBy(() -> chamber.init(null, KEYS, 2))
                .isInstanceOfSatisfying(ChamberRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_TOKEN));
        assertThat(uninitialisedInStore()).isTrue();
        chamber.init(token(), KEYS, 2);
        assertThatThrownBy(() -> chamber.init(token(), KEYS, 2)).isInstanceOfSatisfying(ChamberRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_INITIALIZED));
    }

    @Test
    void badCeremonyRequestsStoreNothing() {
        Chamber chamber = start();
        for (Runnable bad : List.<Runnable>of(
                () -> chamber.init(token(), KEYS, 1),
                () -> chamber.init(token(), KEYS, 4),
                () -> chamber.init(token(), List.of("kms-a"), 1),
                () -> chamber.init(token(), List.of("kms-a", "kms-a", "kms-b"), 2),
                () -> chamber.init(token(), List.of("kms-a", " ", "kms-b"), 2))) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(ChamberRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST));
        }
        assertThat(uninitialisedInStore()).isTrue();
        assertThat(chamber.state()).isEqualTo(SealState.UNINITIALIZED);
    }

    @Test
    void aKeyThatCannotWrapAbortsInitWithNothingStored() {
        Chamber chamber = start();
        kms.makeUnavailable("kms-c");
        assertThatThrownBy(() -> chamber.init(token(), KEYS, 2)).isInstanceOfSatisfying(ChamberRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        assertThat(uninitialisedInStore()).isTrue();
        assertThat(chamber.state()).isEqualTo(SealState.UNINITIALIZED);
        kms.makeAvailable("kms-c");
        chamber.init(token(), KEYS, 2);
        assertThat(chamber.state()).isEqualTo(SealState.UNSEALED);
    }

    @Test
    void aRestartUnsealsThroughKmsWithNoHumanStep() {
        initialised().close();
        printedToken.set(null);
        Chamber restarted = start();
        assertThat(restarted.state()).isEqualTo(SealState.UNSEALED);
        assertThat(printedToken.get()).as("no new setup token once initialised").isNull();
        assertThat(kms.unwrapCalls).as("threshold shares unwrapped, not all").isEqualTo(2);
    }

    @Test
    void oneUnavailableKmsKeyStillUnsealsTwoKeepTheSignerSealed() {
        initialised().close();
        kms.makeUnavailable("kms-a");
        assertThat(start().state()).isEqualTo(SealState.UNSEALED);
        kms.makeUnavailable("kms-c");
        Chamber sealed = start();
        assertThat(sealed.state()).isEqualTo(SealState.SEALED);
        assertThatThrownBy(() -> sealed.unsealWithKmsOrRefuse("test")).isInstanceOfSatisfying(ChamberRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        kms.makeAvailable("kms-a");
        sealed.unsealWithKmsOrRefuse("test");
        assertThat(sealed.state()).isEqualTo(SealState.UNSEALED);
    }

    @Test
    void aReplacedShareIsCaughtByTheCheckValue() {
        initialised().close();
        SealRecord record = SealRecord.fromJson(store.read().orElseThrow());
        List<WrappedShare> shares = new ArrayList<>(record.shares());
        shares.set(0, new WrappedShare(1, "kms-a", kms.wrap("kms-a", new byte[32], WrappedShare.context(1))));
        store.record.set(new SealRecord(record.mode(), record.threshold(), shares, record.check()).toJson());
        assertThat(start().state()).isEqualTo(SealState.SEALED);
    }

    @Test
    void sealGoesBackToSealedFromUnsealedAndKmsCanUnsealAgain() {
        Chamber chamber = initialised();
        chamber.seal("test");
        assertThat(chamber.state()).isEqualTo(SealState.SEALED);
        chamber.unsealWithKmsOrRefuse("test");
        assertThat(chamber.state()).isEqualTo(SealState.UNSEALED);
    }

    @Test
    void aDisabledChamberRefusesEverything() {
        Chamber chamber = Chamber.disabled();
        assertThat(chamber.state()).isEqualTo(SealState.DISABLED);
        assertThatThrownBy(() -> chamber.seal("x")).isInstanceOfSatisfying(ChamberRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_CONFIGURED));
        assertThatThrownBy(() -> chamber.init(new byte[1], KEYS, 2)).isInstanceOf(ChamberRefusedException.class);
    }

    /** What the test (not the chamber) recovers from the stored record: threshold shares through the wrapper. */
    byte[] recoverMasterKey(SealRecord record) {
        List<Shamir.Share> shares = new ArrayList<>();
        for (WrappedShare share : record.shares().subList(0, record.threshold())) {
            shares.add(new Shamir.Share(share.index(), kms.unwrap(share.keyId(), share.wrapped(), share.context())));
        }
        return Shamir.combine(shares);
    }
}
