package io.containment.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.runtime.http.HttpExchange.Answer;
import io.containment.runtime.http.SigningCases.Case;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Broken requests against the running server, for every request shape: each answer is a 4xx with
 * a JSON {code, message}, never a 5xx, and the server signs a valid request afterwards.
 */
@HelidonTest
@AddConfig(key = "containment.config_file", value = "src/test/resources/http/signer-test.yaml")
class BadInputHttpTest {
    private static final List<Case> SHAPES = SigningCases.onePerShape();

    @Inject
    WebTarget target;

    private HttpExchange http;

    @BeforeEach
    void client() {
        http = new HttpExchange(target.getUri());
    }

    @AfterEach
    void serverIsStillHealthy() {
        assertThat(http.get("/upcheck").status()).isEqualTo(200);
        Case valid = SHAPES.stream().filter(c -> c.type().equals("RANDAO_REVEAL")).findFirst().orElseThrow();
        Answer signed = http.post(signPath(valid.pubkey()), "application/json", bytes(valid.request().toString()));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.body()).contains(valid.expectedSignature());
    }

    private static String signPath(String pubkey) {
        return "/api/v1/eth2/sign/" + pubkey;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Posts each body to the sign and slashing-check endpoints of the case's key; all must be refused. */
    private void refusedEverywhere(Case c, Map<String, byte[]> bodies) {
        bodies.forEach((description, body) -> {
            for (String path : List.of(signPath(c.pubkey()), "/api/v1/eth2/slashing/check/" + c.pubkey())) {
                Answer answer = http.post(path, "application/json", body);
                assertThat(answer.status()).as(c.name() + " / " + description + " at " + path + ": " + answer.body())
                        .isBetween(400, 499);
                answer.hasErrorBody();
            }
        });
    }

    @Test
    void truncatedEmptyAndNonObjectBodies() {
        for (Case c : SHAPES) {
            String json = c.request().toString();
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            for (int cut : new int[] {0, 1, json.length() / 4, json.length() / 2, json.length() - 1}) {
                bodies.put("cut at " + cut, bytes(json.substring(0, cut)));
            }
            bodies.put("whitespace", bytes(" \r\n"));
            bodies.put("null", bytes("null"));
            bodies.put("array", bytes("[" + json + "]"));
            bodies.put("two objects", bytes(json + json));
            bodies.put("10k open brackets", bytes("[".repeat(10_000)));
            bodies.put("10k nested objects", bytes("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
            bodies.put("deep nesting in an unknown field", bytes(json.substring(0, json.length() - 1) + ",\"x\":"
                    + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
            refusedEverywhere(c, bodies);
        }
    }

    @Test
    void wrongTypesNullsAndDuplicateKeysAtEveryTopLevelField() {
        List<JsonValue> wrong = List.of(JsonValue.NULL, JsonValue.TRUE, Json.createValue(7), Json.createValue(""),
                JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT);
        for (Case c : SHAPES) {
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            for (String key : c.request().keySet()) {
                if (key.equals("signingRoot") || key.equals("signing_root")) {
                    continue;
                }
                for (JsonValue value : wrong) {
                    bodies.put(key + " = " + value, bytes(Json.createObjectBuilder(c.request()).add(key, value).build().toString()));
                }
                bodies.put("without " + key, bytes(Json.createObjectBuilder(c.request()).remove(key).build().toString()));
            }
            String json = c.request().toString();
            bodies.put("duplicate type", bytes("{\"type\":\"" + c.type() + "\"," + json.substring(1)));
            bodies.put("unknown type", bytes(json.replace("\"type\":\"" + c.type() + "\"", "\"type\":\"" + c.type() + "_V9\"")));
            bodies.put("lower-case unknown type", bytes(json.replace("\"type\":\"" + c.type() + "\"", "\"type\":\"block_v3\"")));
            refusedEverywhere(c, bodies);
        }
    }

    @Test
    void hugeNegativeExponentAndZeroPaddedNumbers() {
        List<JsonValue> numbers = List.of(Json.createValue("18446744073709551616"), Json.createValue("-1"),
                Json.createValue("1e3"), Json.createValue("0x10"), Json.createValue("１２"), Json.createValue(" 1"),
                Json.createValue("99999999999999999999999999999999999999"), Json.createValue(new BigDecimal("1e400")),
                Json.createValue(new BigDecimal("-5")), Json.createValue(new BigDecimal("1.5")), Json.createValue(""));
        for (Case c : SHAPES) {
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            List<String> paths = spread(JsonPaths.matching(c.request(), "[0-9]+"));
            assertThat(paths).as(c.name()).isNotEmpty();
            for (String path : paths) {
                for (JsonValue number : numbers) {
                    bodies.put(path + " = " + number, bytes(JsonPaths.with(c.request(), path, number).toString()));
                }
            }
            // a few raw-JSON numbers the builder cannot express
            String json = c.request().toString();
            String first = paths.getFirst();
            String value = ((jakarta.json.JsonString) JsonPaths.get(c.request(), first)).getString();
            String quoted = "\"" + lastKey(first) + "\":\"" + value + "\"";
            if (json.contains(quoted)) {
                for (String raw : List.of("1e999999999", "00" + value, "-1", "1E+2", "NaN", "Infinity", "9".repeat(2000))) {
                    bodies.put(first + " = raw " + raw.substring(0, Math.min(20, raw.length())),
                            bytes(json.replaceFirst(java.util.regex.Pattern.quote(quoted),
                                    "\"" + lastKey(first) + "\":" + raw)));
                }
            }
            refusedEverywhere(c, bodies);
        }
    }

    @Test
    void invalidHexAndWrongLengthsAtEveryBytesField() {
        List<String> bad = List.of("0x", "0xzz", "0x0", "00", "x0" + "00".repeat(4), "0x" + "gg".repeat(32),
                "0x" + "00".repeat(33), "0x" + "00".repeat(31), "0x" + "00".repeat(4096));
        for (Case c : SHAPES) {
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            for (String path : spread(JsonPaths.matching(c.request(), "0x[0-9a-fA-F]*"))) {
                for (String value : bad) {
                    JsonObject mutated = JsonPaths.with(c.request(), path, Json.createValue(value));
                    bodies.put(path + " = " + value.substring(0, Math.min(value.length(), 12)), bytes(mutated.toString()));
                }
            }
            refusedEverywhere(c, bodies);
        }
    }

    @Test
    void badPublicKeysInThePath() {
        Case c = SHAPES.getFirst();
        byte[] body = bytes(c.request().toString());
        List<String> identifiers = List.of("0x12", "nothex", "0x" + "zz".repeat(48), "0x" + "00".repeat(48),
                "0x" + "ff".repeat(48), "0x" + "c0" + "00".repeat(47), c.pubkey().substring(2), c.pubkey() + "00",
                "0x" + "a".repeat(2000), "%00", "%F0%28%8C%28", c.pubkey().toUpperCase().replace("0X", "0x") + "%20");
        for (String identifier : identifiers) {
            for (String endpoint : List.of("/api/v1/eth2/sign/", "/api/v1/eth2/slashing/check/")) {
                http.post(endpoint + identifier, "application/json", body).isRefusal();
            }
        }
        http.post(signPath(SigningCases.unknownPubkey()), "application/json", body).isRefusal(404);
        // a request line beyond Helidon's prologue limit (4 KiB) is refused by the HTTP layer itself, with the same body
        http.post("/api/v1/eth2/sign/0x" + "a".repeat(5000), "application/json", body).isRefusal(414);
    }

    @Test
    void whatTheHttpLayerRefusesBeforeRoutingCarriesTheJsonBodyToo() {
        Case c = SHAPES.getFirst();
        String path = signPath(c.pubkey());
        String jsonThenClose = "Content-Type: application/json\r\nConnection: close\r\n";
        Answer longLine = http.raw("POST " + path + "?" + "a".repeat(5000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + jsonThenClose + "\r\n", new byte[0]);
        longLine.isRefusal(414);
        assertThat(longLine.body()).contains("request line too long").doesNotContain("aaaa");
        Answer hugeHeaders = http.raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + "b".repeat(20_000) + "\r\n"
                + jsonThenClose + "\r\n", new byte[0]);
        assertThat(hugeHeaders.status()).as(hugeHeaders.body()).isIn(400, 431);   // Helidon 4.4 says 400
        hugeHeaders.isRefusal();
        assertThat(hugeHeaders.body()).doesNotContain("bbbb");
        Answer notHttp = http.raw("GARBAGE <script>\r\n\r\n", new byte[0]);
        notHttp.isRefusal(400);
        assertThat(notHttp.body()).doesNotContain("script");
        Answer badHeader = http.raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\n" + jsonThenClose + "\r\n",
                new byte[0]);
        badHeader.isRefusal(400);
        Answer http2 = http.raw("POST " + path + " HTTP/2.0\r\nHost: 127.0.0.1\r\n" + jsonThenClose + "\r\n", new byte[0]);
        assertThat(http2.status()).as(http2.body()).isIn(400, 505);
        http2.hasErrorBody();
    }

    @Test
    void badUtf8AndWrongEncodings() {
        for (Case c : SHAPES) {
            String json = c.request().toString();
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            bodies.put("invalid byte in type", concat(bytes("{\"type\":\""), new byte[] {(byte) 0xff}, bytes("\"}")));
            bodies.put("overlong slash", concat(bytes(json.substring(0, json.length() - 1) + ",\"x\":\""),
                    new byte[] {(byte) 0xc0, (byte) 0xaf}, bytes("\"}")));
            bodies.put("lone surrogate", concat(bytes(json.substring(0, json.length() - 1) + ",\"x\":\""),
                    new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, bytes("\"}")));
            bodies.put("UTF-16", json.getBytes(StandardCharsets.UTF_16));
            bodies.put("UTF-32-ish NULs", json.replace("", "\0").getBytes(StandardCharsets.ISO_8859_1));
            refusedEverywhere(c, bodies);
        }
    }

    @Test
    void wrongContentTypesAre415() {
        Case c = SHAPES.getFirst();
        byte[] body = bytes(c.request().toString());
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/octet-stream")) {
            http.post(signPath(c.pubkey()), type, body).isRefusal(415);
        }
        for (String type : List.of("foo", "application/", ";;;", "application/json; charset", "/json")) {
            Answer answer = http.post(signPath(c.pubkey()), type, body);
            assertThat(answer.status()).as(type + ": " + answer).isEqualTo(415);
            answer.hasErrorBody();
        }
        assertThat(http.post(signPath(c.pubkey()), "application/json; charset=UTF-8", body).status()).isEqualTo(200);
        assertThat(http.post(signPath(c.pubkey()), null, body).status()).isEqualTo(200);
    }

    @Test
    void bodiesAboveOneMebibyteAre413WhetherDeclaredOrChunked() {
        Case c = SHAPES.getFirst();
        String json = c.request().toString();
        byte[] padded = bytes(json.substring(0, json.length() - 1) + ",\"pad\":\"" + "a".repeat(1 << 20) + "\"}");
        http.post(signPath(c.pubkey()), "application/json", padded).isRefusal(413);
        http.postChunked(signPath(c.pubkey()), padded).isRefusal(413);
        byte[] justUnder = bytes(json.substring(0, json.length() - 1) + ",\"pad\":\""
                + "a".repeat((1 << 20) - json.length() - 10) + "\"}");
        assertThat(justUnder.length).isLessThanOrEqualTo(1 << 20);
        assertThat(http.post(signPath(c.pubkey()), "application/json", justUnder).status()).isEqualTo(200);
    }

    @Test
    void bodiesCutShortOnTheWireOrWithBrokenFraming() {
        Case c = SHAPES.getFirst();
        byte[] body = bytes(c.request().toString());
        String path = signPath(c.pubkey());
        Answer shortBody = http.raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (body.length + 100) + "\r\nConnection: close\r\n\r\n", body);
        assertThat(shortBody.status()).as(shortBody.body()).isLessThan(500);
        if (shortBody.status() > 0) {
            shortBody.isRefusal();
        }
        Answer brokenChunks = http.raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n", body);
        assertThat(brokenChunks.status()).as(brokenChunks.body()).isLessThan(500);
        Answer lyingLength = http.raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 99999999999\r\nConnection: close\r\n\r\n", body);
        assertThat(lyingLength.status()).as(lyingLength.body()).isLessThan(500);
    }

    /** At most 12 paths, evenly spread, so big blocks do not dominate the run time (the fuzz test covers the rest). */
    private static List<String> spread(List<String> paths) {
        int step = Math.max(1, paths.size() / 12);
        return java.util.stream.IntStream.range(0, paths.size()).filter(i -> i % step == 0).mapToObj(paths::get).toList();
    }

    private static String lastKey(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
