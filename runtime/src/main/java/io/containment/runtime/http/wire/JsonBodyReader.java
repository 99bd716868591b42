package io.containment.runtime.http.wire;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Turns a request body into a JSON object: strict UTF-8, bounded nesting, no duplicate keys. */
final class JsonBodyReader {
    /** Far deeper than any signing request (about 8 levels), far shallower than a stack overflow. */
    static final int MAX_DEPTH = 32;

    private final JsonParserFactory parsers = Json.createParserFactory(Map.of(
            "org.eclipse.parsson.maxDepth", MAX_DEPTH,
            "org.eclipse.parsson.rejectDuplicateKeys", true));

    /** The body's top-level JSON object. */
    JsonObject readObject(byte[] utf8Body) {
        if (utf8Body == null || utf8Body.length == 0) {
            throw new MalformedRequestException("request body is empty");
        }
        String text = decode(utf8Body);
        try (JsonParser parser = parsers.createParser(new StringReader(text))) {
            return readObject(parser);
        } catch (MalformedRequestException e) {
            throw e;
        } catch (JsonParsingException e) {
            throw new MalformedRequestException("request body is not valid JSON" + where(e.getLocation()));
        } catch (RuntimeException e) {
            // Parsson signals its nesting, number-size and duplicate-key limits with assorted runtime exceptions
            throw new MalformedRequestException(describeLimit(e));
        }
    }

    /** Which of Parsson's limits was hit, recognised by its (fixed, input-free) message prefix. */
    private static String describeLimit(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Input is too deeply nested")) {
            return "request body nests deeper than " + MAX_DEPTH + " levels";
        }
        if (message.startsWith("Duplicate key")) {
            return "request body repeats a key within one JSON object";
        }
        if (message.startsWith("Number of BigDecimal source characters")) {
            return "request body holds a number of more than 1100 characters";
        }
        return "request body is not valid JSON";
    }

    private static JsonObject readObject(JsonParser parser) {
        if (!parser.hasNext()) {
            throw new MalformedRequestException("request body is empty");
        }
        if (parser.next() != JsonParser.Event.START_OBJECT) {
            throw new MalformedRequestException("request body must be a JSON object");
        }
        JsonObject object = parser.getObject();
        if (parser.hasNext()) {
            throw new MalformedRequestException("request body must hold one JSON object and nothing after it");
        }
        return object;
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException("request body is not valid UTF-8");
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }
}
