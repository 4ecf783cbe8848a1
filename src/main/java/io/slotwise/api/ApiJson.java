package io.slotwise.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;

/** Reading request bodies as plain JSON values and writing responses, for every dialect. */
public final class ApiJson {

    static final long MAX_BODY_BYTES = 1024 * 1024;
    /** A media upload's body: a data URI of up to 25 MB is about 33.4 MiB of base64, plus its JSON. */
    public static final long MAX_MEDIA_BODY_BYTES = 34L * 1024 * 1024;
    /** Jackson's default longest string (20 M chars) is shorter than a 25 MB data URI: the body limits bound it. */
    static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength((int) MAX_MEDIA_BODY_BYTES).build())
            .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ApiJson() {
    }

    /**
     * The body as maps, lists, strings, numbers and booleans; null when there is none. Malformed JSON
     * and bodies over 1 MiB are refused before any work is done.
     */
    public static Object body(Context ctx) {
        return body(ctx, MAX_BODY_BYTES, "Request body is larger than 1 MiB");
    }

    /** The body of a route that takes more than 1 MiB (a media upload), refused over {@code maxBytes}. */
    public static Object body(Context ctx, long maxBytes, String tooLarge) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > maxBytes) {
            throw new ApiException(413, tooLarge, null);
        }
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try {
            return MAPPER.readValue(bytes, Object.class);
        } catch (java.io.IOException e) {
            String where = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")" : "";
            throw new ApiException(400, "Request body must be valid JSON" + where, null);
        }
    }

    public static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ISO 8601 in UTC with milliseconds, as Blotato writes times. */
    public static String time(Instant t) {
        return io.slotwise.api.blotato.BlotatoPostView.time(t);
    }
}
