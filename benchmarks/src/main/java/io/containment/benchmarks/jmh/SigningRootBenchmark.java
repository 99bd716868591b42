package io.containment.benchmarks.jmh;

import io.containment.api.consensus.Root;
import io.containment.runtime.http.wire.SignRequest;
import io.containment.runtime.http.wire.SignRequestParser;
import io.containment.runtime.network.Network;
import io.containment.runtime.signing.root.SigningRootCalculator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per request type: JSON parsing into the sealed request, and hash_tree_root + compute_signing_root
 * of the parsed request (the work between the HTTP body and BLS).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SigningRootBenchmark {
    @Param({"ATTESTATION", "BLOCK_V2", "BLOCK", "AGGREGATE_AND_PROOF_V2", "AGGREGATION_SLOT", "RANDAO_REVEAL",
            "SYNC_COMMITTEE_MESSAGE", "SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF", "VOLUNTARY_EXIT", "DEPOSIT",
            "VALIDATOR_REGISTRATION"})
    public String type;

    private final SignRequestParser parser = new SignRequestParser();
    private final SigningRootCalculator calculator = new SigningRootCalculator();
    private final Network network = Network.mainnet();
    private byte[] body;
    private SignRequest request;

    @Setup
    public void load() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/benchmark/signing-cases.json");
             var reader = Json.createReader(in)) {
            JsonObject vector = reader.readObject().getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("type").equals(type)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no vector of type " + type));
            body = vector.getJsonObject("request").toString().getBytes(StandardCharsets.UTF_8);
        }
        request = parser.parse(body);
    }

    @Benchmark
    public SignRequest parseJson() {
        return parser.parse(body);
    }

    @Benchmark
    public Root signingRoot() {
        return calculator.signingRoot(request, network);
    }
}
