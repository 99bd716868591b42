package io.containment.benchmarks.load;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Command line of the load generator:
 * {@code --url URL --pubkeys FILE --signer-pid PID [--clients 64] [--duration 20] [--burst 1000]
 * [--bursts 5] [--raw-signatures 4000] [--raw-cpu C] [--token T] [--start-at 0] [--warmup 0]}; {@code --warmup S}: S
 * seconds of the sustained load (all clients) before measuring, so the signer's JIT has compiled the
 * hot path; {@code --bursts N}: how many bursts of {@code --burst} requests, one second apart;
 * {@code --raw-cpu C}: raw jblst, the yardstick, is measured on CPU C (the signer's core, with
 * {@code taskset}) instead of in the load generator's process.
 */
record LoadOptions(String url, Path pubkeys, long signerPid, int clients, int durationSeconds, int burst, int bursts,
                   int rawSignatures, Optional<Integer> rawCpu, Optional<String> token, long startAt, int warmupSeconds) {

    static LoadOptions parse(String[] args) {
        String url = "http://127.0.0.1:9000";
        Path pubkeys = null;
        long pid = -1;
        int clients = 64;
        int duration = 20;
        int burst = 1000;
        int bursts = 5;
        int raw = 4000;
        Optional<Integer> rawCpu = Optional.empty();
        Optional<String> token = Optional.empty();
        long startAt = 0;
        int warmup = 0;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--url" -> url = value;
                case "--pubkeys" -> pubkeys = Path.of(value);
                case "--signer-pid" -> pid = Long.parseLong(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--duration" -> duration = Integer.parseInt(value);
                case "--burst" -> burst = Integer.parseInt(value);
                case "--bursts" -> bursts = Integer.parseInt(value);
                case "--raw-signatures" -> raw = Integer.parseInt(value);
                case "--raw-cpu" -> rawCpu = Optional.of(Integer.parseInt(value));
                case "--token" -> token = Optional.of(value);
                case "--start-at" -> startAt = Long.parseLong(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (pubkeys == null || pid < 0) {
            throw new IllegalArgumentException("--pubkeys FILE and --signer-pid PID are required");
        }
        if (bursts < 1) {
            throw new IllegalArgumentException("--bursts must be at least 1");
        }
        return new LoadOptions(url, pubkeys, pid, clients, duration, burst, bursts, raw, rawCpu, token, startAt, warmup);
    }
}
