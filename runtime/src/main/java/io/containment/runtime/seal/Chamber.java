package io.containment.runtime.seal;

import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.ShareWrapperException;
import io.containment.api.seal.SignerStateStore;
import io.containment.runtime.seal.ChamberRefusedException.Reason;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The seal state machine (SPEC §7) in KMS-only mode: init creates the master key, splits it with
 * Shamir (threshold of n) and wraps each share with a different KMS key; unseal unwraps shares
 * until the threshold is met, recombines and checks the key; seal wipes it. Every transition is
 * audited. One instance per signer; its methods are serialised.
 */
public final class Chamber implements SealStateView {
    private static final System.Logger LOG = System.getLogger(Chamber.class.getName());
    private final SignerStateStore store;
    private final ShareWrapper wrapper;
    private final String mode;
    private final SealAudit audit;
    private final SecureRandom random;
    private final Consumer<String> setupTokenPrinter;
    private volatile SealState state;
    private SealRecord record;
    private MasterKey masterKey;
    private SetupToken setupToken;
    private final List<SealListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param setupTokenPrinter shows the setup token to the operator once (stdout in the server)
     */
    public Chamber(SignerStateStore store, ShareWrapper wrapper, String mode, Clock clock, SecureRandom random,
                   Consumer<String> setupTokenPrinter) {
        this.store = store;
        this.wrapper = wrapper;
        this.mode = mode;
        this.audit = new SealAudit(clock);
        this.random = random;
        this.setupTokenPrinter = setupTokenPrinter;
        this.state = SealState.UNINITIALIZED;
    }

    /** No {@code signer_state}: nothing sealed, every chamber operation refused. */
    public static Chamber disabled() {
        Chamber chamber = new Chamber(null, null, "none", null, null, token -> { });
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

    private void tellUnsealed(SealListener listener) {
        byte[] copy = masterKey.copy();
        try {
            listener.unsealed(copy);
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
    }

    /** Reads the stored record: none → uninitialized (a setup token is printed), else unseal through KMS. */
    public synchronized void start() {
        if (state == SealState.DISABLED) {
            return;
        }
        Optional<String> stored = store.read();
        if (stored.isEmpty()) {
            setupToken = SetupToken.issue(random, setupTokenPrinter);
            LOG.log(Level.WARNING, "the signer is not initialised: POST /api/v1/chamber/init with the setup token printed above");
            return;
        }
        record = SealRecord.fromJson(stored.get());
        move(SealState.SEALED, "started with a stored seal record");
        unsealWithKms("startup");
    }

    /**
     * The init ceremony. The plaintext shares and master key never leave this method except as
     * KMS-wrapped blobs; on any failure nothing is stored.
     *
     * @throws ChamberRefusedException bad token, already initialised, bad request, KMS or store failure
     */
    public synchronized ChamberStatus init(byte[] presentedToken, List<String> keyIds, int threshold) {
        requireConfigured();
        if (state != SealState.UNINITIALIZED || setupToken == null) {
            throw new ChamberRefusedException(Reason.ALREADY_INITIALIZED, "the signer is already initialised");
        }
        if (presentedToken == null || !setupToken.matches(presentedToken)) {
            audit.initRefused("wrong setup token");
            throw new ChamberRefusedException(Reason.BAD_TOKEN, "setup_token is missing or wrong");
        }
        validate(keyIds, threshold);
        MasterKey key = MasterKey.generate(random);
        byte[] secret = key.copy();
        List<Shamir.Share> shares = Shamir.split(secret, keyIds.size(), threshold);
        Arrays.fill(secret, (byte) 0);
        List<WrappedShare> wrapped = new ArrayList<>();
        try {
            for (Shamir.Share share : shares) {
                String keyId = keyIds.get(share.x() - 1);
                byte[] values = share.values();
                try {
                    wrapped.add(new WrappedShare(share.x(), keyId, wrapper.wrap(keyId, values, WrappedShare.context(share.x()))));
                } catch (ShareWrapperException e) {
                    key.wipe();
                    audit.initRefused("KMS key " + keyId + " cannot wrap: " + e.getMessage());
                    throw new ChamberRefusedException(Reason.UNAVAILABLE, "share " + share.x() + " cannot be wrapped: "
                            + e.getMessage() + "; nothing was stored");
                } finally {
                    Arrays.fill(values, (byte) 0);
                }
            }
        } finally {
            shares.forEach(Shamir.Share::wipe);
        }
        SealRecord created = new SealRecord(mode, threshold, wrapped, key.check());
        boolean stored;
        try {
            stored = store.create(created.toJson());
        } catch (RuntimeException e) {
            key.wipe();
            throw new ChamberRefusedException(Reason.UNAVAILABLE, "the signer_state store cannot save the seal record ("
                    + e.getClass().getSimpleName() + "): " + e.getMessage());
        }
        if (!stored) {
            key.wipe();
            throw new ChamberRefusedException(Reason.ALREADY_INITIALIZED, "another instance initialised the shared state first");
        }
        record = created;
        setupToken = null;
        audit.init(threshold, List.copyOf(keyIds));
        move(SealState.SEALED, "initialised");
        masterKey = key;
        move(SealState.UNSEALED, "initialised: the new master key is in memory");
        listeners.forEach(this::tellUnsealed);
        return status();
    }

    /** KMS-only unseal: unwraps shares until the threshold is met; stays sealed when too few answer. */
    public synchronized void unsealWithKms(String reason) {
        requireConfigured();
        if (record == null) {
            throw new ChamberRefusedException(Reason.WRONG_STATE, "the signer is not initialised");
        }
        if (state == SealState.UNSEALED) {
            return;
        }
        List<Shamir.Share> unwrapped = new ArrayList<>();
        try {
            for (WrappedShare share : record.shares()) {
                if (unwrapped.size() == record.threshold()) {
                    break;
                }
                try {
                    byte[] values = wrapper.unwrap(share.keyId(), share.wrapped(), share.context());
                    unwrapped.add(new Shamir.Share(share.index(), values));
                    Arrays.fill(values, (byte) 0);
                } catch (ShareWrapperException e) {
                    audit.shareUnwrapFailed(share.index(), share.keyId(), e.getMessage());
                }
            }
            if (unwrapped.size() < record.threshold()) {
                LOG.log(Level.ERROR, "still sealed: only {0} of the {1} shares needed could be unwrapped through KMS",
                        unwrapped.size(), record.threshold());
                return;
            }
            MasterKey recovered = new MasterKey(Shamir.combine(unwrapped));
            if (!recovered.matches(record.check())) {
                recovered.wipe();
                LOG.log(Level.ERROR, "still sealed: the recovered master key does not match the stored check value "
                        + "(a wrapped share was replaced or damaged)");
                return;
            }
            masterKey = recovered;
            move(SealState.UNSEALED, "unsealed through KMS (" + reason + ")");
            listeners.forEach(this::tellUnsealed);
        } finally {
            unwrapped.forEach(Shamir.Share::wipe);
        }
    }

    /**
     * {@link #unsealWithKms} on request.
     *
     * @throws ChamberRefusedException when the signer stays sealed (too few shares unwrapped)
     */
    public synchronized void unsealWithKmsOrRefuse(String reason) {
        unsealWithKms(reason);
        if (state != SealState.UNSEALED) {
            throw new ChamberRefusedException(Reason.UNAVAILABLE, "still sealed: fewer than " + record.threshold()
                    + " shares could be unwrapped through KMS (see the audit log for each key)");
        }
    }

    /** Wipes the master key at once and goes to {@code sealed}. */
    public synchronized void seal(String by) {
        requireConfigured();
        if (record == null) {
            throw new ChamberRefusedException(Reason.WRONG_STATE, "the signer is not initialised: nothing to seal");
        }
        if (masterKey != null) {
            masterKey.wipe();
            masterKey = null;
        }
        listeners.forEach(SealListener::sealed);
        audit.seal(by);
        move(SealState.SEALED, "sealed by " + by);
    }

    public ChamberStatus status() {
        SealRecord current = record;
        return new ChamberStatus(state, mode, current == null ? 0 : current.threshold(),
                current == null ? 0 : current.shares().size());
    }

    private void validate(List<String> keyIds, int threshold) {
        if (keyIds == null || keyIds.size() < 2 || keyIds.size() > 255) {
            throw new ChamberRefusedException(Reason.INVALID_REQUEST, "kms_key_ids needs 2 to 255 KMS key ids, one per share");
        }
        if (keyIds.stream().anyMatch(id -> id == null || id.isBlank()) || new HashSet<>(keyIds).size() != keyIds.size()) {
            throw new ChamberRefusedException(Reason.INVALID_REQUEST, "kms_key_ids must be distinct and not blank: "
                    + "each share is wrapped by a different KMS key");
        }
        if (threshold < 2 || threshold > keyIds.size()) {
            throw new ChamberRefusedException(Reason.INVALID_REQUEST, "threshold must be between 2 and the number of "
                    + "kms_key_ids (" + keyIds.size() + "), got " + threshold);
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

    /** Wipes the master key (shutdown) and closes the store and wrapper. */
    public synchronized void close() {
        if (masterKey != null) {
            masterKey.wipe();
            masterKey = null;
        }
        if (store != null) {
            store.close();
        }
        if (wrapper != null) {
            wrapper.close();
        }
    }
}
