package org.coveragebot.retrieval.claims;

import java.util.ArrayList;
import java.util.List;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * The quotations of a paragraph: text between “ and ”, between straight double quotes, or between
 * doubled apostrophes ('' as some wires print them), each span including its marks. A quotation left
 * open runs to the end of the paragraph (news continues a quote into the next one that way).
 */
final class Quotations {

    private Quotations() {
    }

    static List<TextSpan> in(String text, TextSpan paragraph) {
        List<TextSpan> quotations = new ArrayList<>();
        int open = -1;
        char closing = 0;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            boolean doubled = c == '\'' && i + 1 < paragraph.end() && text.charAt(i + 1) == '\'';
            if (open < 0) {
                if (c == '\u201c' || c == '"' || doubled) {
                    open = i;
                    closing = doubled ? '\'' : c == '\u201c' ? '\u201d' : '"';
                    i += doubled ? 1 : 0;
                }
                continue;
            }
            boolean closes = closing == '\'' ? doubled : c == '\u201d' || c == '"';
            if (closes) {
                int end = i + (doubled ? 2 : 1);
                quotations.add(new TextSpan(open, end));
                i = end - 1;
                open = -1;
            } else if (c == '\u201c' && closing != '"') {
                open = i; // an unclosed quotation followed by a new one: the new one starts here
            }
        }
        if (open >= 0) {
            quotations.add(new TextSpan(open, paragraph.end()));
        }
        return quotations;
    }
}
