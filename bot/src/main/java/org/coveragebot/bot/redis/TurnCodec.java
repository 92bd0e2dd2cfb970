package org.coveragebot.bot.redis;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coveragebot.bot.answer.Statement;
import org.coveragebot.bot.conversation.Turn;

/**
 * A conversation turn as JSON, for a store that several replicas share: the records' own components, the
 * kind of each statement part by name. The answer classes stay free of serialisation concerns.
 */
final class TurnCodec {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Statement.Words.class, name = "words"),
            @JsonSubTypes.Type(value = Statement.Quote.class, name = "quote"),
            @JsonSubTypes.Type(value = Statement.Reference.class, name = "reference")})
    private interface PartKinds {
    }

    private final ObjectMapper json = new ObjectMapper()
            .addMixIn(Statement.Part.class, PartKinds.class)
            // record components only: derived values such as Citation.outlet() are not stored
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    String encode(Turn turn) {
        try {
            return json.writeValueAsString(turn);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a turn always serialises", e);
        }
    }

    /** @throws IllegalArgumentException when {@code text} is no turn this codec wrote */
    Turn decode(String text) {
        try {
            return json.readValue(text, Turn.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored turn: " + e.getOriginalMessage(), e);
        }
    }
}
