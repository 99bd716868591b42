package io.containment.runtime.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.runtime.seal.ChamberRefusedException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Operator quorum mode: 3 KMS keys, threshold 2, registration, passphrase shares, expiry, several instances. */
class QuorumChamberTest {
    static final List<String> KEYS = List.of("kms-a", "kms-b", "kms-c");
    static final OperatorShareSeal.Params LIGHT = new OperatorShareSeal.Params(10, 8, 1);
    static final String[] PASSPHRASES = {"", "correct horse battery staple 1", "operator two's long passphrase", "третий оператор, пароль"};
    final MemoryShareWrapper kms = new MemoryShareWrapper("kms-a", "kms-b", "kms-c");
    final MemoryStateStore store = new MemoryStateStore();
    final AtomicReference<String> setupToken = new AtomicReference<>();
    final MutableClock clock = new MutableClock();
    final List<byte[]> unsealedWith = new ArrayList<>();
    final int[] sealedCalls = {0};

    Chamber start() {
        Chamber chamber = new Chamber(store, kms, Chamber.OPERATOR_QUORUM, clock, new SecureRandom(), token -> {
            if (token != null) {
                setupToken.set(token);
            }
        }, Duration.ofMinutes(15), LIGHT);
        chamber.start();
        chamber.addListener(new SealListener() {
            @Override
            public void unsealed(byte[] masterKey) {
                unsealedWith.add(masterKey.clone());
            }

            @Override
            public void sealed() {
                sealedCalls[0]++;
            }
        });
        return chamber;
    }

    InitResult init(Chamber chamber) {
        return chamber.init(setupToken.get().getBytes(StandardCharsets.US_ASCII), KEYS, 2);
    }

    /** A chamber whose three operators have registered PASSPHRASES[1..3]. */
    Chamber registered() {
        Chamber chamber = start();
        InitResult result = init(chamber);
        for (InitResult.RegistrationToken token : result.registrationTokens()) {
            chamber.register(bytes(token.token()), PASSPHRASES[token.index()].toCharArray(), "operator-" + token.index());
        }
        return chamber;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static char[] pass(int index) {
        return PASSPHRASES[index].toCharArray();
    }

    @Test
    void initIssuesOneRegistrationTokenPerShareAndWaitsForTheOperators() {
        Chamber chamber = start();
        InitResult result = init(chamber);
        assertThat(chamber.state()).isEqualTo(SealState.AWAITING_REGISTRATION);
        assertThat(result.registrationTokens()).extracting(InitResult.RegistrationToken::index).containsExactly(1, 2, 3);
        assertThat(result.registrationTokens()).extracting(InitResult.RegistrationToken::keyId).containsExactlyElementsOf(KEYS);
        assertThat(result.registrationTokens()).extracting(InitResult.RegistrationToken::token).doesNotHaveDuplicates()
                .allSatisfy(token -> assertThat(store.read().orElseThrow()).doesNotContain(token));
        assertThat(chamber.status()).isEqualTo(new ChamberStatus(SealState.AWAITING_REGISTRATION, "operator_quorum", 2, 3,
                0, 0, java.util.Optional.empty()));
        assertThat(unsealedWith).as("no master key in use before the quorum unseals").isEmpty();
    }

    @Test
    void eachOperatorRegistersOnceThenKmsRemovesTheOuterLayerAndTheSignerWaitsForTheQuorum() {
        Chamber chamber = start();
        List<InitResult.RegistrationToken> tokens = init(chamber).registrationTokens();
        assertThatThrownBy(() -> chamber.register(bytes(tokens.get(0).token()), "too short".toCharArray(), "op"))
                .isInstanceOfSatisfying(ChamberRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST));
        assertThatThrownBy(() -> chamber.register(bytes("cc-register-1-00"), pass(1), "op"))
                .isInstanceOfSatisfying(ChamberRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_TOKEN));
        chamber.register(bytes(tokens.get(0).token()), pass(1), "op1");
        assertThat(chamber.status().registered()).isEqualTo(1);
        assertThatThrownBy(() -> chamber.register(bytes(tokens.get(0).token()), pass(1), "op1"))
                .as("a registration token works once").isInstanceOfSatisfying(ChamberRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_TOKEN));
        chamber.register(bytes(tokens.get(1).token()), pass(2), "op2");
        assertThat(chamber.state()).isEqualTo(SealState.AWAITING_REGISTRATION);
        chamber.register(bytes(tokens.get(2).token()), pass(3), "op3");
        assertThat(chamber.state()).isEqualTo(SealState.KMS_UNSEALED);
        SealRecord record = SealRecord.fromJson(store.read().orElseThrow());
        assertThat(record.phase()).isEqualTo(SealRecord.Phase.INITIALIZED);
        assertThat(record.shares()).allSatisfy(share -> {
            assertThat(share.layer()).isEqualTo(ShareLayer.OPERATOR);
            assertThat(share.registration()).isEmpty();
        });
        assertThat(unsealedWith).isEmpty();
        assertThatThrownBy(() -> chamber.register(bytes(tokens.get(2).token()), pass(3), "op3"))
                .isInstanceOfSatisfying(ChamberRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE));
    }

    @Test
    void theThresholdOfOperatorSharesUnsealsAndAWrongPassphraseCountsForNothing() {
        Chamber chamber = registered();
        ChamberStatus afterOne = chamber.submitShare(3, pass(3), "op3");
        assertThat(afterOne.state()).isEqualTo(SealState.KMS_UNSEALED);
        assertThat(afterOne.submitted()).isEqualTo(1);
        assertThat(afterOne.submittedExpireAt()).contains(clock.instant().plus(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> chamber.submitShare(1, pass(2), "op1")).isInstanceOfSatisfying(ChamberRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.BAD_TOKEN));
        assertThat(chamber.status().submitted()).isEqualTo(1);
        assertThatThrownBy(() -> chamber.submitShare(4, pass(1), "op4")).isInstanceOfSatisfying(ChamberRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST));
        chamber.submitShare(1, pass(1), "op1");
        assertThat(chamber.state()).isEqualTo(SealState.UNSEALED);
        assertThat(unsealedWith).hasSize(1);
        assertThat(new MasterKey(unsealedWith.get(0).clone()).matches(SealRecord.fromJson(store.read().orElseThrow()).check()))
                .as("the recombined key is the ceremony's master key").isTrue();
        assertThat(chamber.status().submitted()).as("submitted shares are wiped once used").isZero();
        assertThatThrownBy(() -> chamber.submitShare(2, pass(2), "op2")).isInstanceOfSatisfying(ChamberRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE));
    }

    @Test
    void aRestartWaitsInKmsUnsealedUntilTheQuorumArrives() {
        registered().close();
        Chamber restarted = start();
        assertThat(restarted.state()).isEqualTo(SealState.KMS_UNSEALED);
        assertThat(unsealedWith).isEmpty();
        restarted.submitShare(2, pass(2), "op2");
        restarted.submitShare(3, pass(3), "op3");
        assertThat(restarted.state()).isEqualTo(SealState.UNSEALED);
    }

    @Test
    void submittedSharesExpireAfterTheTimeout() {
        Chamber chamber = registered();
        chamber.submitShare(1, pass(1), "op1");
        clock.advance(Duration.ofMinutes(14));
        chamber.tick();
        assertThat(chamber.status().submitted()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        chamber.tick();
        assertThat(chamber.status().submitted()).as("expired and wiped").isZero();
        chamber.submitShare(2, pass(2), "op2");
        assertThat(chamber.state()).as("one fresh share is not a quorum").isEqualTo(SealState.KMS_UNSEALED);
        chamber.submitShare(1, pass(1), "op1");
        assertThat(chamber.state()).isEqualTo(SealState.UNSEALED);
    }

    @Test
    void oneKmsKeyUnavailableStillReachesKmsUnsealedTwoKeepTheSignerSealed() {
        registered().close();
        kms.makeUnavailable("kms-b");
        Chamber oneDown = start();
        assertThat(oneDown.state()).isEqualTo(SealState.KMS_UNSEALED);
        assertThatThrownBy(() -> oneDown.submitShare(2, pass(2), "op2")).isInstanceOfSatisfying(ChamberRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        oneDown.submitShare(1, pass(1), "op1");
        oneDown.submitShare(3, pass(3), "op3");
        assertThat(oneDown.state()).isEqualTo(SealState.UNSEALED);
        oneDown.close();
        kms.makeUnavailable("kms-c");
        Chamber twoDown = start();
        assertThat(twoDown.state()).isEqualTo(SealState.SEALED);
        assertThatThrownBy(() -> twoDown.submitShare(1, pass(1), "op1")).isInstanceOfSatisfying(ChamberRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        kms.makeAvailable("kms-c");
        twoDown.tick();
        assertThat(twoDown.state()).as("KMS retried in the background").isEqualTo(SealState.KMS_UNSEALED);
    }

    @Test
    void sealWipesTheKeyAndTheSubmittedSharesAndTheNextSubmissionStartsOver() {
        Chamber chamber = registered();
        chamber.submitShare(1, pass(1), "op1");
        chamber.seal("test");
        assertThat(chamber.state()).isEqualTo(SealState.SEALED);
        assertThat(chamber.status().submitted()).isZero();
        chamber.tick();
        assertThat(chamber.state()).as("no automatic KMS step after an operator's seal").isEqualTo(SealState.SEALED);
        chamber.submitShare(1, pass(1), "op1");
        assertThat(chamber.state()).isEqualTo(SealState.KMS_UNSEALED);
        chamber.submitShare(2, pass(2), "op2");
        assertThat(chamber.state()).isEqualTo(SealState.UNSEALED);
        chamber.seal("test");
        assertThat(sealedCalls[0]).isEqualTo(2);
    }

    @Test
    void operatorsCanRegisterOnDifferentInstancesSharingTheStore() {
        Chamber first = start();
        List<InitResult.RegistrationToken> tokens = init(first).registrationTokens();
        Chamber second = start();
        assertThat(second.state()).isEqualTo(SealState.AWAITING_REGISTRATION);
        first.register(bytes(tokens.get(0).token()), pass(1), "op1");
        second.register(bytes(tokens.get(1).token()), pass(2), "op2");
        first.register(bytes(tokens.get(2).token()), pass(3), "op3");
        assertThat(first.state()).isEqualTo(SealState.KMS_UNSEALED);
        second.tick();
        assertThat(second.state()).isEqualTo(SealState.KMS_UNSEALED);
        second.submitShare(1, pass(1), "op1");
        second.submitShare(2, pass(2), "op2");
        assertThat(second.state()).isEqualTo(SealState.UNSEALED);
    }

    @Test
    void theKmsLayerAloneDoesNotRevealAShare() {
        registered().close();
        SealRecord record = SealRecord.fromJson(store.read().orElseThrow());
        WrappedShare share = record.shares().get(0);
        byte[] inner = kms.unwrap(share.keyId(), share.wrapped(), share.context());
        assertThat(inner.length).as("what KMS returns is the passphrase-sealed share, not 32 share bytes").isGreaterThan(32);
        assertThatThrownBy(() -> kms.unwrap(share.keyId(), share.wrapped(), WrappedShare.context(1, ShareLayer.KMS)))
                .as("the layer is bound into the KMS context").isInstanceOf(io.containment.api.seal.ShareWrapperException.class);
        assertThatThrownBy(() -> OperatorShareSeal.open(pass(1), inner, 2, record.check()))
                .as("bound to its index").isInstanceOf(OperatorShareSeal.WrongPassphraseException.class);
    }

    @Test
    void aKmsOnlySignerRefusesTheQuorumOperations() {
        Chamber kmsOnly = new Chamber(store, kms, Chamber.KMS_ONLY, clock, new SecureRandom(), setupToken::set);
        kmsOnly.start();
        kmsOnly.init(setupToken.get().getBytes(StandardCharsets.US_ASCII), KEYS, 2);
        assertThatThrownBy(() -> kmsOnly.register(bytes("x"), pass(1), "op")).isInstanceOfSatisfying(
                ChamberRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE));
        assertThatThrownBy(() -> kmsOnly.submitShare(1, pass(1), "op")).isInstanceOfSatisfying(
                ChamberRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE));
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
