package io.containment.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a running signer over HTTP/1.1 keep-alive with many concurrent clients sending realistic
 * ATTESTATION traffic, then duty bursts, and measures raw jblst in the same run. Prints one
 * {@code name=value} figure per line; the last line is {@code e2e_vs_raw_bls=<ratio>}: signatures per
 * signer CPU-second divided by raw jblst signatures per CPU-second. Exit code 1 when any request failed.
 */
public final class LoadGenerator {
    private final LoadOptions options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong firstErrorLogged = new AtomicLong();

    private LoadGenerator(LoadOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        LoadGenerator generator = new LoadGenerator(LoadOptions.parse(args));
        System.exit(generator.run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        AttestationTraffic traffic = new AttestationTraffic(Files.readAllLines(options.pubkeys()), options.startAt());
        warmUp(traffic);
        // raw jblst three times (before, between and after the measured phases; the signer idle each
        // time), the median is the yardstick: one measurement alone varied by ±10% on the shared VM
        double[] raw = new double[3];
        double[] here = new double[3];
        measureRaw(raw, here, 0);
        double cpuBefore = ProcessCpu.seconds(options.signerPid());
        long started = System.nanoTime();
        Latencies sustained = sustained(traffic, options.durationSeconds());
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        double signerCpu = ProcessCpu.seconds(options.signerPid()) - cpuBefore;
        print("requests_ok", sustained.size());
        print("errors", errors.get());
        print("clients", options.clients());
        print("throughput_per_s", sustained.size() / wallSeconds);
        print("latency_p50_ms", sustained.percentileMillis(50));
        print("latency_p99_ms", sustained.percentileMillis(99));
        print("latency_p999_ms", sustained.percentileMillis(99.9));
        print("signer_cpu_s", signerCpu);
        double perSignerCpuSecond = signerCpu > 0 ? sustained.size() / signerCpu : 0;
        print("signatures_per_signer_cpu_s", perSignerCpuSecond);
        measureRaw(raw, here, 1);
        if (options.burst() > 0) {
            bursts(traffic);
        }
        measureRaw(raw, here, 2);
        if (options.rawCpu().isPresent()) {
            System.out.println("raw_bls_cpu=" + options.rawCpu().get());
            System.out.println("raw_bls_load_generator_cpu_each=" + figures(here));
        }
        System.out.println("raw_bls_signatures_per_cpu_s_each=" + figures(raw));
        double rawMedian = median(raw);
        print("raw_bls_signatures_per_cpu_s", rawMedian);
        print("next_start_at", traffic.position());
        System.out.printf("e2e_vs_raw_bls=%.3f%n", perSignerCpuSecond / rawMedian);
        return errors.get() == 0;
    }

    /**
     * Raw jblst into {@code raw[i]}: on {@code --raw-cpu} (the signer's core) when given, in this
     * process otherwise; with {@code --raw-cpu}, this process's figure goes to {@code here[i]}.
     */
    private void measureRaw(double[] raw, double[] here, int i) throws IOException, InterruptedException {
        if (options.rawCpu().isPresent()) {
            here[i] = RawBls.signaturesPerCpuSecond(options.rawSignatures());
            raw[i] = RawBls.onCpu(options.rawCpu().get(), options.rawSignatures());
        } else {
            raw[i] = RawBls.signaturesPerCpuSecond(options.rawSignatures());
        }
    }

    private static String figures(double[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(r -> String.format("%.0f", r)).toList());
    }

    private void warmUp(AttestationTraffic traffic) throws InterruptedException {
        Latencies ignored = new Latencies();
        for (int i = 0; i < Math.min(200, 4 * options.clients()); i++) {
            send(traffic.next(), ignored);
        }
        if (options.warmupSeconds() > 0) {
            sustained(traffic, options.warmupSeconds());
        }
    }

    private Latencies sustained(AttestationTraffic traffic, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Latencies> perClient = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(options.clients())) {
            for (int c = 0; c < options.clients(); c++) {
                Latencies mine = new Latencies();
                perClient.add(mine);
                clients.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        send(traffic.next(), mine);
                    }
                    return null;
                });
            }
        }
        return Latencies.merge(perClient);
    }

    /**
     * The duty bursts. A validator client's duties come in a burst every slot: its first burst opens
     * the connections it needs (the JDK client opens one per request that finds none free) and meets
     * code the signer's JIT has not compiled yet (accepting connections, queueing for a signing
     * slot); every later burst finds the connections open (keep-alive outlives a 12 s slot). The first is
     * printed as {@code burst_first_*}; {@code burst_*} are the medians of the later ones (the first
     * alone when there is one burst), {@code burst_p99_ms_each} lists every burst's p99.
     */
    private void bursts(AttestationTraffic traffic) throws InterruptedException, IOException {
        List<Burst> all = new ArrayList<>();
        for (int i = 0; i < options.bursts(); i++) {
            if (i > 0) {
                Thread.sleep(1000);
            }
            all.add(burst(traffic));
        }
        Burst first = all.get(0);
        print("burst_requests", options.burst());
        print("burst_first_ok", first.ok());
        print("burst_first_time_to_last_ms", first.lastMillis());
        print("burst_first_p99_ms", first.p99Millis());
        print("burst_first_signer_cpu_s", first.signerCpu());
        List<Burst> later = all.size() > 1 ? all.subList(1, all.size()) : all;
        print("bursts_after_first", all.size() - 1);
        print("burst_ok", later.stream().mapToLong(Burst::ok).min().orElseThrow());
        print("burst_time_to_last_ms", median(later.stream().mapToDouble(Burst::lastMillis).toArray()));
        print("burst_p99_ms", median(later.stream().mapToDouble(Burst::p99Millis).toArray()));
        print("burst_signer_cpu_s", median(later.stream().mapToDouble(Burst::signerCpu).toArray()));
        System.out.println("burst_p99_ms_each=" + String.join(",",
                all.stream().map(b -> String.format("%.1f", b.p99Millis())).toList()));
    }

    private record Burst(long ok, double lastMillis, double p99Millis, double signerCpu) {
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** {@code burst} requests released at once: time to the last response, p99 and the signer's CPU seconds. */
    private Burst burst(AttestationTraffic traffic) throws InterruptedException, IOException {
        List<AttestationTraffic.Request> requests = new ArrayList<>();
        for (int i = 0; i < options.burst(); i++) {
            requests.add(traffic.next());
        }
        CountDownLatch gate = new CountDownLatch(1);
        List<Latencies> each = new ArrayList<>();
        double cpuBefore = ProcessCpu.seconds(options.signerPid());
        long released;
        try (ExecutorService all = Executors.newVirtualThreadPerTaskExecutor()) {
            for (AttestationTraffic.Request request : requests) {
                Latencies mine = new Latencies();
                each.add(mine);
                all.submit(() -> {
                    gate.await();
                    send(request, mine);
                    return null;
                });
            }
            released = System.nanoTime();
            gate.countDown();
        }
        double lastMillis = (System.nanoTime() - released) / 1e6;
        double signerCpu = ProcessCpu.seconds(options.signerPid()) - cpuBefore;
        Latencies merged = Latencies.merge(each);
        return new Burst(merged.size(), lastMillis, merged.percentileMillis(99), signerCpu);
    }

    private void send(AttestationTraffic.Request request, Latencies latencies) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(options.url() + request.path()))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        options.token().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                latencies.add(System.nanoTime() - start);
            } else {
                failed("HTTP " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            failed(e.toString());
        }
    }

    private void failed(String what) {
        errors.incrementAndGet();
        if (firstErrorLogged.getAndIncrement() < 5) {
            System.err.println("request failed: " + what);
        }
    }

    private static void print(String name, double value) {
        System.out.printf("%s=%.3f%n", name, value);
    }

    private static void print(String name, long value) {
        System.out.println(name + "=" + value);
    }
}
