package io.containment.api.contract;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.Interchange;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One file of the EIP-3076 interchange test suite ({@code eth-clients/slashing-protection-interchange-tests},
 * copied unchanged into {@value #RESOURCE_DIRECTORY}; see PROVENANCE.md there).
 *
 * @param name                  the test's name (the file name without {@code .json})
 * @param genesisValidatorsRoot the chain the (initially empty) store is bound to
 * @param steps                 run in order against the same store
 */
public record InterchangeTestVector(String name, Root genesisValidatorsRoot, List<Step> steps) {
    /** Where the suite's files live on the test class path. */
    public static final String RESOURCE_DIRECTORY = "/slashing-interchange";
    /** How many files the suite has (v5.3.0). */
    public static final int FILE_COUNT = 38;

    public InterchangeTestVector {
        steps = List.copyOf(steps);
    }

    /**
     * One import followed by signing attempts.
     *
     * @param shouldSucceed         whether the import must succeed
     * @param containsSlashableData whether the document is slashable in itself or against the store
     * @param interchange           the document to import
     */
    public record Step(boolean shouldSucceed, boolean containsSlashableData, Interchange interchange,
                       List<BlockAttempt> blocks, List<AttestationAttempt> attestations) {
        public Step {
            blocks = List.copyOf(blocks);
            attestations = List.copyOf(attestations);
        }
    }

    /** A block to sign after the import; {@code shouldSucceedComplete} is the complete-history expectation. */
    public record BlockAttempt(BlockProposal proposal, boolean shouldSucceed, boolean shouldSucceedComplete) {
    }

    /** An attestation to sign after the import; {@code shouldSucceedComplete} is the complete-history expectation. */
    public record AttestationAttempt(AttestationVote vote, boolean shouldSucceed, boolean shouldSucceedComplete) {
    }

    /** Every file of the suite, sorted by name. */
    public static List<InterchangeTestVector> all() {
        URL marker = InterchangeTestVector.class.getResource(RESOURCE_DIRECTORY + "/PROVENANCE.md");
        if (marker == null) {
            throw new IllegalStateException(RESOURCE_DIRECTORY + " is not on the test class path");
        }
        try {
            URI uri = marker.toURI();
            Path directory = directoryOf(uri);
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .map(InterchangeTestVector::read)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path directoryOf(URI marker) throws IOException {
        if ("jar".equals(marker.getScheme())) {
            try {
                FileSystems.newFileSystem(marker, Map.of());
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                // opened by an earlier call; Path.of below finds it
            }
        }
        return Path.of(marker).getParent();
    }

    /** Reads one file of the suite. */
    public static InterchangeTestVector read(Path file) {
        try (InputStream in = Files.newInputStream(file); var reader = Json.createReader(in)) {
            JsonObject test = reader.readObject();
            return new InterchangeTestVector(test.getString("name"),
                    Root.fromHex(test.getString("genesis_validators_root")),
                    test.getJsonArray("steps").getValuesAs(JsonObject.class).stream().map(InterchangeTestVector::step).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Step step(JsonObject step) {
        return new Step(step.getBoolean("should_succeed"), step.getBoolean("contains_slashable_data"),
                InterchangeJson.read(step.getJsonObject("interchange")),
                step.getJsonArray("blocks").getValuesAs(JsonObject.class).stream().map(InterchangeTestVector::blockAttempt).toList(),
                step.getJsonArray("attestations").getValuesAs(JsonObject.class).stream()
                        .map(InterchangeTestVector::attestationAttempt).toList());
    }

    private static BlockAttempt blockAttempt(JsonObject block) {
        return new BlockAttempt(new BlockProposal(BlsPublicKey.fromHex(block.getString("pubkey")),
                Slot.parse(block.getString("slot")), Root.fromHex(block.getString("signing_root"))),
                block.getBoolean("should_succeed"), block.getBoolean("should_succeed_complete"));
    }

    private static AttestationAttempt attestationAttempt(JsonObject attestation) {
        return new AttestationAttempt(new AttestationVote(BlsPublicKey.fromHex(attestation.getString("pubkey")),
                Epoch.parse(attestation.getString("source_epoch")), Epoch.parse(attestation.getString("target_epoch")),
                Root.fromHex(attestation.getString("signing_root"))),
                attestation.getBoolean("should_succeed"), attestation.getBoolean("should_succeed_complete"));
    }
}
