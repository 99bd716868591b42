package io.containment.benchmarks.load;

import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import io.containment.runtime.bls.BlstSecretKeys;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor: the least a signer on this machine can spend per HTTP signing request, to set the P1
 * figures against (not a signer: it checks nothing and its signing root is a SHA-256 of the body).
 * One thread, one NIO selector, HTTP/1.1 keep-alive over loopback, BLS signing inline with the
 * benchmark keys, no context switch between reading a request and writing its answer. With
 * {@code --durable <file>} every selector round's requests are first appended to the file and forced
 * to disk once (group commit, as the signer's slashing store does) before any of them is signed.
 *
 * <p>Usage: {@code FloorSigner --port P --pubkeys pubkeys.txt [--durable file]}; serves
 * {@code POST /api/v1/eth2/sign/<pubkey>} and {@code GET /upcheck}. Benchmarks only.
 */
public final class FloorSigner {
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final String SIGN_PATH = "/api/v1/eth2/sign/";

    private final Map<String, ValidatorKey> keys;
    private final FileChannel journal;
    private final MessageDigest sha256;
    private final List<Pending> round = new ArrayList<>();

    private FloorSigner(Map<String, ValidatorKey> keys, FileChannel journal) throws NoSuchAlgorithmException {
        this.keys = keys;
        this.journal = journal;
        this.sha256 = MessageDigest.getInstance("SHA-256");
    }

    public static void main(String[] args) throws Exception {
        int port = 0;
        Path pubkeys = null;
        Path durable = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--pubkeys" -> pubkeys = Path.of(args[i + 1]);
                case "--durable" -> durable = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Map<String, ValidatorKey> keys = new HashMap<>();
        BlstSecretKeys bls = new BlstSecretKeys();
        List<String> lines = Files.readAllLines(pubkeys);
        for (int i = 0; i < lines.size(); i++) {
            keys.put(lines.get(i), bls.fromSecret(BenchmarkKeys.secret(i), "floor #" + i));
        }
        FileChannel journal = durable == null ? null : FileChannel.open(durable,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        new FloorSigner(keys, journal).serve(port);
    }

    private record Pending(SocketChannel channel, String pubkey, byte[] body) {
    }

    private void serve(int port) throws IOException {
        try (Selector selector = Selector.open(); ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", port), 1024);   // as Helidon's default backlog
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            System.out.println("floor signer on 127.0.0.1:" + port + (journal == null ? "" : ", durable"));
            while (true) {
                selector.select();
                for (SelectionKey ready : selector.selectedKeys()) {
                    if (ready.isAcceptable()) {
                        for (SocketChannel client = server.accept(); client != null; client = server.accept()) {
                            client.configureBlocking(false);
                            client.register(selector, SelectionKey.OP_READ, ByteBuffer.allocate(64 * 1024));
                        }
                    } else if (ready.isReadable()) {
                        read(ready);
                    }
                }
                selector.selectedKeys().clear();
                answerRound();
            }
        }
    }

    private void read(SelectionKey ready) throws IOException {
        SocketChannel channel = (SocketChannel) ready.channel();
        ByteBuffer in = (ByteBuffer) ready.attachment();
        if (channel.read(in) < 0) {
            ready.cancel();
            channel.close();
            return;
        }
        while (true) {
            int headerEnd = indexOf(in, HEADER_END);
            if (headerEnd < 0) {
                return;
            }
            String head = new String(in.array(), 0, headerEnd, StandardCharsets.US_ASCII);
            int length = contentLength(head);
            int total = headerEnd + HEADER_END.length + length;
            if (in.position() < total) {
                return;
            }
            byte[] body = new byte[length];
            System.arraycopy(in.array(), headerEnd + HEADER_END.length, body, 0, length);
            String path = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
            round.add(new Pending(channel, path.startsWith(SIGN_PATH) ? path.substring(SIGN_PATH.length()) : null, body));
            in.flip().position(total);
            in.compact();
        }
    }

    /** Forces this round's requests to the journal (when durable), then signs and answers each. */
    private void answerRound() throws IOException {
        if (round.isEmpty()) {
            return;
        }
        if (journal != null) {
            for (Pending pending : round) {
                journal.write(ByteBuffer.wrap(pending.body()));
            }
            journal.force(false);
        }
        for (Pending pending : round) {
            answer(pending);
        }
        round.clear();
    }

    private void answer(Pending pending) throws IOException {
        String body;
        String status;
        ValidatorKey key = pending.pubkey() == null ? null : keys.get(pending.pubkey());
        if (key == null) {
            status = pending.pubkey() == null ? "200 OK" : "404 Not Found";
            body = pending.pubkey() == null ? "OK" : "{\"message\":\"no such key\"}";
        } else {
            Root root = new Root(sha256.digest(pending.body()));
            body = "{\"signature\":\"" + key.sign(root).toHex() + "\"}";
            status = "200 OK";
        }
        byte[] payload = body.getBytes(StandardCharsets.US_ASCII);
        byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(head.length + payload.length).put(head).put(payload).flip();
        while (out.hasRemaining()) {
            pending.channel().write(out);   // a few hundred bytes: the socket buffer takes them at once
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    private static int indexOf(ByteBuffer in, byte[] needle) {
        byte[] bytes = in.array();
        for (int i = 0; i + needle.length <= in.position(); i++) {
            int j = 0;
            while (j < needle.length && bytes[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }
}
