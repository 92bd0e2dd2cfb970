package org.coveragebot.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.Disagreement;
import org.coveragebot.bot.answer.PlainTextAnswer;

/** One answer as a line of the {@code ask --json} contract (shared/contract/README.md). */
final class AnswerJson {

    private final ObjectMapper json;

    AnswerJson(ObjectMapper json) {
        this.json = json;
    }

    String line(String chat, String question, Answer answer) {
        ObjectNode out = json.createObjectNode();
        out.put("chat", chat);
        out.put("question", question);
        out.put("status", answer.status().wireName());
        out.put("answer", PlainTextAnswer.render(answer));
        ArrayNode citations = out.putArray("citations");
        for (Citation citation : answer.citations()) {
            ObjectNode c = citations.addObject();
            c.put("id", citation.id());
            c.put("article", citation.article());
            c.put("source", citation.source());
            c.put("title", citation.title());
            c.put("published", citation.published());
            c.put("url", citation.url());
            c.put("quote", citation.quote());
            c.put("start", citation.start());
            c.put("end", citation.end());
            c.put("speaker", citation.speaker());
        }
        ArrayNode disagreements = out.putArray("disagreements");
        for (Disagreement disagreement : answer.disagreements()) {
            ObjectNode d = disagreements.addObject();
            d.put("topic", disagreement.topic());
            d.put("kind", disagreement.kind().wireName());
            ArrayNode claims = d.putArray("claims");
            for (Disagreement.Claim claim : disagreement.claims()) {
                claims.addObject().put("citation", claim.citation()).put("value", claim.value());
            }
        }
        out.put("error", answer.error());
        try {
            return json.writeValueAsString(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an answer always serialises", e);
        }
    }
}
