package io.containment.runtime.seal;

import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.SignerStateStore;
import io.containment.runtime.config.ConfigException;
import io.containment.runtime.seal.ChamberRefusedException.Reason;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The seal state machine (SPEC §7): {@code uninitialized → (awaiting_registration) → sealed →
 * kms_unsealed → unsealed}, and {@code seal} back to {@code sealed}.
 * <ul>
 * <li>First start: a setup token is printed once; its hash is stored (a restart or another instance
 * uses the same token).</li>
 * <li>Init: a master key split with Shamir, each share wrapped by a different KMS key
 * ({@link ShareCeremony}). KMS-only mode then unseals at every start through KMS. Operator quorum
 * mode waits for each operator to register a passphrase with a one-time registration token; from
 * then on, KMS removes the outer layer ({@code kms_unsealed}) and the threshold of operators each
 * submit their passphrase to unseal ({@link OperatorQuorum}); submitted shares expire.</li>
 * <li>Seal wipes the master key and everything derived from it, at once.</li>
 * </ul>
 * The record is shared through the {@link SignerStateStore}; changes made by another instance
 * (init, registrations) are picked up by {@link #tick()}. Every transition is audited. Methods are
 * serialised.
 */
public final class Chamber implements SealStateView {
    public static final String KMS_ONLY = "kms_only";
    public static final String OPERATOR_QUORUM = "operator_quorum";
    private static final System.Logger LOG = System.getLogger(Chamber.class.getName());
    private final SignerStateStore store;
    private final ShareWrapper wrapper;
    private final String mode;
    private final Clock clock;
    private final SealAudit audit;
    private final SecureRandom random;
    private final Consumer<String> setupTokenPrinter;
    private final OperatorShareSeal.Params passphraseKdf;
    private final OperatorQuorum quorum;
    private final List<SealListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SealState state;
    private SealRecord record;
    private String recordJson;
    private MasterKey masterKey;
    private boolean sealedByOperator;
    private ScheduledExecutorService ticker;
    private final RetryDelay kmsRetry = new RetryDelay(Duration.ofSeconds(10), Duration.ofMinutes(5));

    /** With the default passphrase KDF and a 15-minute share timeout. */
    public Chamber(SignerStateStore store, ShareWrapper wrapper, String mode, Clock clock, SecureRandom random,
                   Consumer<String> setupTokenPrinter) {
        this(store, wrapper, mode, clock, random, setupTokenPrinter, Duration.ofMinutes(15));
    }

    /** With the default passphrase KDF. */
    public Chamber(SignerStateStore store, ShareWrapper wrapper, String mode, Clock clock, SecureRandom random,
                   Consumer<String> setupTokenPrinter, Duration unsealTimeout) {
        this(store, wrapper, mode, clock, random, setupTokenPrinter, unsealTimeout, OperatorShareSeal.Params.DEFAULT);
    }

    /**
     * @param setupTokenPrinter shows the setup token to the operator once (stdout in the server)
     * @param unsealTimeout     how long a submitted operator share is kept
     */
    Chamber(SignerStateStore store, ShareWrapper wrapper, String mode, Clock clock, SecureRandom random,
            Consumer<String> setupTokenPrinter, Duration unsealTimeout, OperatorShareSeal.Params passphraseKdf) {
        this.store = store;
        this.wrapper = wrapper;
        this.mode = mode;
        this.clock = clock;
        this.audit = new SealAudit(clock);
        this.random = random;
        this.setupTokenPrinter = setupTokenPrinter;
        this.passphraseKdf = passphraseKdf;
        this.quorum = new OperatorQuorum(unsealTimeout);
        this.state = SealState.UNINITIALIZED;
    }

    /** No {@code signer_state}: nothing sealed, every chamber operation refused. */
    public static Chamber disabled() {
        Chamber chamber = new Chamber(null, null, "none", Clock.systemUTC(), null, token -> { });
        chamber.state = SealState.DISABLED;
        return chamber;
    }

    @Override
    public SealState state() {
        return state;
    }

    /** Adds a listener; told at once when the signer is already unsealed. */
    public synchronized void addListener(SealListener listener) {
        listeners.add(listener);
        if (state == SealState.UNSEALED && masterKey != null) {
            tellUnsealed(listener);
        }
    }

    /**
     * Reads the stored record. None: a setup token is issued, its hash stored and the token printed
     * (once: later starts find the hash). Initialised: unseal through KMS (KMS-only) or remove the
     * KMS layer of the operator shares (quorum).
     *
     * @throws ConfigException when {@code signer_state.mode} is not the mode the stored record was initialised in
     */
    public synchronized void start() {
        if (state == SealState.DISABLED) {
            return;
        }
        if (store.read().isEmpty()) {
            SetupToken.Issued issued = SetupToken.issue(random, "cc-setup-");
            if (store.create(SealRecord.uninitialized(issued.hash()).toJson())) {
                setupTokenPrinter.accept(issued.token());
            }
        }
        apply(store.read().orElseThrow(() -> new IllegalStateException("the signer_state store lost the seal record")),
                "started with a stored seal record");
        if (state == SealState.UNINITIALIZED) {
            LOG.log(Level.WARNING, "the signer is not initialised: POST /api/v1/chamber/init with the setup token printed "
                    + "at its first start (lost it? run 'containment-chamber operator reset-setup-token' on this host)");
        }
    }

    /** Runs {@link #tick()} on a daemon thread every {@code interval} until {@link #close()}. */
    public synchronized void tickEvery(Duration interval) {
        if (state == SealState.DISABLED || ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "chamber-tick");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Periodic housekeeping: wipes expired operator shares; picks up what another instance did to the
     * shared record (init, registrations); retries KMS when the signer is sealed because KMS failed
     * (never after an operator's seal).
     */
    public synchronized void tick() {
        if (state == SealState.DISABLED) {
            return;
        }
        expireShares();
        try {
            if (state == SealState.UNINITIALIZED || state == SealState.AWAITING_REGISTRATION) {
                store.read().filter(json -> !json.equals(recordJson)).ifPresent(json -> apply(json, "the shared seal record changed"));
            } else if (state == SealState.SEALED && !sealedByOperator && record != null
                    && record.phase() == SealRecord.Phase.INITIALIZED) {
                if (kmsRetry.due(clock.instant())) {
                    unsealAutomatically("background retry");
                    kmsRetry.after(state != SealState.SEALED, clock.instant());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chamber: cannot refresh the seal record: {0}", e.getMessage());
        }
    }

    /**
     * The init ceremony. The plaintext shares and master key never leave it except as KMS-wrapped
     * blobs; on any failure nothing is stored.
     *
     * @throws ChamberRefusedException bad token, already initialised, bad request, KMS or store failure
     */
    public synchronized InitResult init(byte[] presentedToken, List<String> keyIds, int threshold) {
        requireConfigured();
        refresh();
        if (record.phase() != SealRecord.Phase.UNINITIALIZED) {
            throw new ChamberRefusedException(Reason.ALREADY_INITIALIZED, "the signer is already initialised");
        }
        if (!SetupToken.matches(record.setupTokenHash(), presentedToken)) {
            audit.initRefused("wrong setup token");
            throw new ChamberRefusedException(Reason.BAD_TOKEN, "setup_token is missing or wrong");
        }
        ShareCeremony.Outcome outcome = ShareCeremony.run(mode, keyIds, threshold, wrapper, random, audit);
        MasterKey key = outcome.masterKey();
        if (!replaceRecord(outcome.record(), key)) {
            key.wipe();
            throw new ChamberRefusedException(Reason.ALREADY_INITIALIZED, "another instance initialised the shared state first");
        }
        audit.init(mode, threshold, List.copyOf(keyIds));
        if (OPERATOR_QUORUM.equals(mode)) {
            key.wipe();
            move(SealState.AWAITING_REGISTRATION, "initialised: " + keyIds.size() + " operators must register a passphrase");
        } else {
            move(SealState.SEALED, "initialised");
            becomeUnsealed(key, "initialised: the new master key is in memory");
        }
        return new InitResult(status(), outcome.registrationTokens());
    }

    /**
     * Quorum mode: the operator holding {@code registrationToken} seals their share under
     * {@code passphrase}; when the last operator has registered the signer is sealed and KMS removes
     * the outer layer. The caller wipes both arrays.
     *
     * @throws ChamberRefusedException wrong mode or state, unknown token, weak passphrase, KMS or store failure
     */
    public synchronized ChamberStatus register(byte[] registrationToken, char[] passphrase, String by) {
        requireConfigured();
        requireQuorumMode("registration");
        String weak = OperatorShareSeal.checkPassphrase(passphrase);
        if (weak != null) {
            throw new ChamberRefusedException(Reason.INVALID_REQUEST, weak);
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            refresh();
            if (record.phase() != SealRecord.Phase.AWAITING_REGISTRATION) {
                throw new ChamberRefusedException(Reason.WRONG_STATE, record.phase() == SealRecord.Phase.UNINITIALIZED
                        ? "the signer is not initialised" : "every operator has registered already");
            }
            WrappedShare pending = OperatorRegistration.pendingShareFor(record, registrationToken);
            if (pending == null) {
                audit.registrationRefused("unknown or used registration token", by);
                throw new ChamberRefusedException(Reason.BAD_TOKEN, "registration_token is missing, wrong or already used");
            }
            WrappedShare registered = OperatorRegistration.sealUnderPassphrase(pending, passphrase, record.check(), wrapper,
                    passphraseKdf, random, audit);
            SealRecord next = record.withShare(registered);
            if (replaceRecord(next, null)) {
                audit.registered(pending.index(), by, next.registered(), next.shares().size());
                if (next.phase() == SealRecord.Phase.INITIALIZED) {
                    move(SealState.SEALED, "every operator has registered");
                    unsealAutomatically("all operators registered");
                }
                return status();
            }
        }
        throw new ChamberRefusedException(Reason.UNAVAILABLE, "the shared seal record kept changing; try again");
    }

    /**
     * Quorum mode: an operator submits the passphrase of share {@code index}. When the threshold of
     * valid shares is reached the signer unseals. The caller wipes {@code passphrase}.
     *
     * @throws ChamberRefusedException wrong mode or state, unknown index, wrong passphrase, KMS unavailable
     */
    public synchronized ChamberStatus submitShare(int index, char[] passphrase, String by) {
        requireConfigured();
        requireQuorumMode("submitting a share");
        if (state == SealState.UNSEALED) {
            throw new ChamberRefusedException(Reason.WRONG_STATE, "the signer is already unsealed");
        }
        if (state == SealState.UNINITIALIZED || state == SealState.AWAITING_REGISTRATION) {
            refresh();
            if (state == SealState.UNINITIALIZED || state == SealState.AWAITING_REGISTRATION) {
                throw new ChamberRefusedException(Reason.WRONG_STATE, "the signer is " + state.wireName()
                        + ": shares can be submitted once every operator has registered");
            }
        }
        if (state == SealState.SEALED) {
            sealedByOperator = false;
            unwrapOperatorLayers("a share was submitted");
            if (state != SealState.KMS_UNSEALED) {
                throw new ChamberRefusedException(Reason.UNAVAILABLE, "still sealed: fewer than " + record.threshold()
                        + " operator shares could be unwrapped through KMS (see the audit log for each key)");
            }
        }
        expireShares();
        Optional<MasterKey> key = quorum.submit(index, passphrase, record, clock.instant(), by, audit);
        key.ifPresent(recovered -> becomeUnsealed(recovered, "unsealed by a quorum of operators"));
        return status();
    }

    /**
     * KMS-only mode: unwraps shares until the threshold is met (stays sealed when too few answer).
     * Quorum mode: removes the KMS layer of the operator shares ({@code kms_unsealed}).
     */
    public synchronized void unsealWithKms(String reason) {
        requireConfigured();
        if (record == null || record.phase() != SealRecord.Phase.INITIALIZED) {
            throw new ChamberRefusedException(Reason.WRONG_STATE, record != null && record.phase()
                    == SealRecord.Phase.AWAITING_REGISTRATION ? "operators are still registering" : "the signer is not initialised");
        }
        sealedByOperator = false;
        unsealAutomatically(reason);
    }

    /**
     * {@link #unsealWithKms} on request.
     *
     * @throws ChamberRefusedException when KMS could not do its part (too few shares unwrapped)
     */
    public synchronized void unsealWithKmsOrRefuse(String reason) {
        unsealWithKms(reason);
        if (state == SealState.SEALED) {
            throw new ChamberRefusedException(Reason.UNAVAILABLE, "still sealed: fewer than " + record.threshold()
                    + " shares could be unwrapped through KMS (see the audit log for each key)");
        }
    }

    /** Wipes the master key, every key under it and every submitted share at once; goes to {@code sealed}. */
    public synchronized void seal(String by) {
        requireConfigured();
        if (record == null || record.phase() != SealRecord.Phase.INITIALIZED) {
            throw new ChamberRefusedException(Reason.WRONG_STATE, "the signer is not initialised: nothing to seal");
        }
        if (masterKey != null) {
            masterKey.wipe();
            masterKey = null;
        }
        quorum.wipe();
        sealedByOperator = true;
        listeners.forEach(SealListener::sealed);
        audit.seal(by);
        move(SealState.SEALED, "sealed by " + by);
    }

    public synchronized ChamberStatus status() {
        SealRecord current = record;
        if (current == null || current.phase() == SealRecord.Phase.UNINITIALIZED) {
            return new ChamberStatus(state, mode, 0, 0, 0, 0, Optional.empty());
        }
        return new ChamberStatus(state, current.mode(), current.threshold(), current.shares().size(), current.registered(),
                quorum.submittedCount(), quorum.nextExpiry());
    }

    /** Whether {@code signer_state.mode} is operator quorum. */
    public boolean quorumMode() {
        return OPERATOR_QUORUM.equals(mode);
    }

    private void apply(String json, String reason) {
        SealRecord stored = SealRecord.fromJson(json);
        if (stored.phase() != SealRecord.Phase.UNINITIALIZED && !stored.mode().equals(mode)) {
            throw new ConfigException("signer_state.mode", "is " + mode + " but the stored seal record was initialised in "
                    + stored.mode() + " mode; set signer_state.mode: " + stored.mode());
        }
        record = stored;
        recordJson = json;
        switch (stored.phase()) {
            case UNINITIALIZED -> {
            }
            case AWAITING_REGISTRATION -> {
                if (state != SealState.AWAITING_REGISTRATION) {
                    move(SealState.AWAITING_REGISTRATION, reason);
                }
            }
            case INITIALIZED -> {
                if (state != SealState.SEALED) {
                    move(SealState.SEALED, reason);
                }
                unsealAutomatically(reason);
            }
        }
    }

    /** Re-reads the shared record (another instance may have initialised or registered). */
    private void refresh() {
        String json = store.read().orElseThrow(() -> new ChamberRefusedException(Reason.UNAVAILABLE,
                "the signer_state store has no seal record"));
        if (!json.equals(recordJson)) {
            apply(json, "the shared seal record changed");
        }
    }

    /** Compare-and-set of the shared record; the new record is current when it returns true. */
    private boolean replaceRecord(SealRecord next, MasterKey keyToWipeOnFailure) {
        String json = next.toJson();
        boolean replaced;
        try {
            replaced = store.replace(recordJson, json);
        } catch (RuntimeException e) {
            if (keyToWipeOnFailure != null) {
                keyToWipeOnFailure.wipe();
            }
            throw new ChamberRefusedException(Reason.UNAVAILABLE, "the signer_state store cannot save the seal record ("
                    + e.getClass().getSimpleName() + "): " + e.getMessage());
        }
        if (replaced) {
            record = next;
            recordJson = json;
        }
        return replaced;
    }

    private void expireShares() {
        List<Integer> expired = quorum.expire(clock.instant());
        if (!expired.isEmpty()) {
            audit.sharesDiscarded(expired, "expired after signer_state.unseal_timeout_minutes");
        }
    }

    private void unwrapKmsShares(String reason) {
        KmsShares.recover(record, wrapper, audit).ifPresent(key -> becomeUnsealed(key, "unsealed through KMS (" + reason + ")"));
    }

    private void unsealAutomatically(String reason) {
        if (OPERATOR_QUORUM.equals(mode)) {
            if (state == SealState.SEALED) {
                unwrapOperatorLayers(reason);
            }
        } else if (state != SealState.UNSEALED) {
            unwrapKmsShares(reason);
        }
    }

    private void unwrapOperatorLayers(String reason) {
        int available = quorum.unwrapOuter(record, wrapper, audit);
        if (available < record.threshold()) {
            quorum.wipe();
            LOG.log(Level.ERROR, "still sealed: only {0} of the {1} operator shares needed could be unwrapped through KMS",
                    available, record.threshold());
            return;
        }
        move(SealState.KMS_UNSEALED, "KMS removed the outer layer of " + available + " operator shares (" + reason
                + "); waiting for " + record.threshold() + " operators");
    }

    private void becomeUnsealed(MasterKey key, String reason) {
        masterKey = key;
        sealedByOperator = false;
        move(SealState.UNSEALED, reason);
        listeners.forEach(this::tellUnsealed);
    }

    private void tellUnsealed(SealListener listener) {
        byte[] copy = masterKey.copy();
        try {
            listener.unsealed(copy);
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
    }

    private void requireQuorumMode(String what) {
        if (!OPERATOR_QUORUM.equals(mode)) {
            throw new ChamberRefusedException(Reason.WRONG_STATE, what + " is for signer_state.mode: operator_quorum; this "
                    + "signer runs in " + mode + " mode");
        }
    }

    private void requireConfigured() {
        if (state == SealState.DISABLED) {
            throw new ChamberRefusedException(Reason.NOT_CONFIGURED, "no signer_state is configured: there is no master key");
        }
    }

    private void move(SealState to, String reason) {
        SealState from = state;
        state = to;
        audit.transition(from, to, reason);
        LOG.log(Level.INFO, "chamber: {0} → {1} ({2})", from.wireName(), to.wireName(), reason);
    }

    /** Wipes the master key and submitted shares (shutdown) and closes the store and wrapper. */
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (masterKey != null) {
            masterKey.wipe();
            masterKey = null;
        }
        quorum.wipe();
        if (store != null) {
            store.close();
        }
        if (wrapper != null) {
            wrapper.close();
        }
    }
}
