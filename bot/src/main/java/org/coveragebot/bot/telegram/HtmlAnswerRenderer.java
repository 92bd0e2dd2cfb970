package org.coveragebot.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.Disagreement;
import org.coveragebot.bot.answer.PlainTextAnswer;
import org.coveragebot.bot.answer.Statement;

/**
 * Renders an answer as Telegram HTML: the lead, each quote in a {@code <blockquote>} with its {@code [n]}
 * (an LLM's prose as a paragraph), the disagreement notes, then the sources (linked where a URL is known). All article and user text is
 * escaped. Long answers are split into messages under Telegram's 4,096-character limit between blocks,
 * never inside a tag; a block too long on its own is cut between sentences and each piece closed.
 */
public final class HtmlAnswerRenderer {

    public static final int TELEGRAM_LIMIT = 4096;
    /** Room under the limit for what Telegram counts differently (entities, surrogate pairs). */
    static final int MESSAGE_BUDGET = 3900;

    public List<String> render(Answer answer) {
        List<String> blocks = new ArrayList<>();
        if (!answer.lead().isEmpty()) {
            blocks.addAll(pieces(answer.lead(), "", ""));
        }
        for (Statement statement : answer.statements()) {
            blocks.addAll(statement(answer, statement));
        }
        for (Disagreement disagreement : answer.disagreements()) {
            blocks.addAll(pieces(PlainTextAnswer.note(answer, disagreement), "\u2696\ufe0f ", ""));
        }
        if (!answer.citations().isEmpty()) {
            StringBuilder sources = new StringBuilder("<b>Sources</b>");
            for (Citation citation : answer.citations()) {
                sources.append('\n').append('[').append(citation.id()).append("] ").append(sourceLine(citation));
            }
            blocks.add(sources.toString());
        }
        return pack(blocks, "\n\n");
    }

    /**
     * A quote standing alone goes in a block quote (its speaker's words before it); prose with quotes in
     * it, as an LLM writes, stays one paragraph with the quotes inline.
     */
    private static List<String> statement(Answer answer, Statement statement) {
        if (!statement.isBlockQuote()) {
            return pieces(PlainTextAnswer.statement(answer, statement), "", "");
        }
        List<String> blocks = new ArrayList<>();
        String intro = statement.parts().size() == 2 ? ((Statement.Words) statement.parts().get(0)).text().strip() : "";
        int id = ((Statement.Quote) statement.parts().get(statement.parts().size() - 1)).citation();
        List<String> quote = pieces(PlainTextAnswer.unbracketed(answer.citation(id).quote()), "<blockquote>", "</blockquote>");
        if (!intro.isEmpty()) {
            quote.set(0, escape(PlainTextAnswer.unbracketed(intro)) + "\n" + quote.get(0));
        }
        quote.set(quote.size() - 1, quote.get(quote.size() - 1) + " [" + id + "]");
        blocks.addAll(quote);
        return blocks;
    }

    /** The same content as plain text, for when Telegram refuses the HTML. */
    public List<String> renderPlain(Answer answer) {
        List<String> blocks = new ArrayList<>();
        for (String section : PlainTextAnswer.render(answer).split("\n")) {
            blocks.addAll(rawPieces(section));
        }
        return pack(blocks, "\n");
    }

    static String sourceLine(Citation citation) {
        String outlet = escape(citation.outlet());
        StringBuilder line = new StringBuilder();
        if (citation.url() != null && citation.url().matches("https?://\\S+")) {
            line.append("<a href=\"").append(escape(citation.url())).append("\">").append(outlet).append("</a>");
        } else {
            line.append(outlet);
        }
        if (citation.title() != null) {
            line.append(", \u201c").append(escape(PlainTextAnswer.unbracketed(citation.title()))).append('\u201d');
        }
        citation.day().ifPresent(day -> line.append(", ").append(escape(day)));
        return line.toString();
    }

    /** Telegram HTML needs exactly these three escaped. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static List<String> pieces(String raw, String open, String close) {
        List<String> out = new ArrayList<>();
        for (String piece : rawPieces(raw)) {
            out.add(open + escape(piece) + close);
        }
        return out;
    }

    /** Raw text cut so that each piece, escaped (at most 6 characters per character), fits a message. */
    private static List<String> rawPieces(String raw) {
        int max = MESSAGE_BUDGET / 6;
        List<String> out = new ArrayList<>();
        String rest = raw;
        while (rest.length() > max) {
            int cut = Math.max(rest.lastIndexOf(". ", max), rest.lastIndexOf('\n', max));
            if (cut < max / 2) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut < max / 2) {
                cut = max;
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
            } else {
                cut++;
            }
            out.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || out.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** Blocks joined by {@code separator} into as few messages under the budget as they fit; never none. */
    private static List<String> pack(List<String> blocks, String separator) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String block : blocks) {
            if (current.length() > 0 && current.length() + separator.length() + block.length() > MESSAGE_BUDGET) {
                messages.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(separator);
            }
            current.append(block);
        }
        if (current.length() > 0 || messages.isEmpty()) {
            messages.add(current.toString());
        }
        return messages;
    }
}
