package io.slotwise.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slotwise.engine.PostContent;

/** A post's content as the JSON text kept in its row. */
final class PostContentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private PostContentJson() {
    }

    static String write(PostContent content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("post content cannot be written as JSON", e);
        }
    }

    static PostContent read(String json) {
        try {
            return MAPPER.readValue(json, PostContent.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a post's content in the store is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
