package io.slotwise.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;

/** Reading request bodies as plain JSON values and writing responses, for every dialect. */
public final class ApiJson {

    static final long MAX_BODY_BYTES = 1024 * 1024;
    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ApiJson() {
    }

    /**
     * The body as maps, lists, strings, numbers and booleans; null when there is none. Malformed JSON
     * and bodies over 1 MiB are refused before any work is done.
     */
    public static Object body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "Request body is larger than 1 MiB", null);
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
