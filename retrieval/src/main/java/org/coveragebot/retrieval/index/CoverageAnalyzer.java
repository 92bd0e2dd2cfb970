package org.coveragebot.retrieval.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis (possessives, lower case, stop words, irregular forms to their base word, Porter
 * stems) plus folding of accents and of transliteration variants, so that "won"/"wins",
 * Zelensky/Zelenskyy, Bakhmut/Bachmut and Pogačar/Pogacar are one term. Used for the index and for
 * questions alike.
 */
public final class CoverageAnalyzer extends Analyzer {

    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        result = new IrregularFormFilter(result);
        result = new PorterStemFilter(result);
        result = new TransliterationFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** kh→h, ch→h, y→i, w→v, doubled letters once: spellings of one transliterated name meet. */
    static final class TransliterationFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        TransliterationFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            int length = term.length();
            int out = 0;
            for (int i = 0; i < length; i++) {
                char c = buffer[i];
                if ((c == 'k' || c == 'c') && i + 1 < length && buffer[i + 1] == 'h') {
                    continue; // "kh" and "ch" become "h"
                }
                if (c == 'y') {
                    c = 'i';
                } else if (c == 'w') {
                    c = 'v';
                }
                if (out > 0 && buffer[out - 1] == c && Character.isLetter(c)) {
                    continue;
                }
                buffer[out++] = c;
            }
            term.setLength(out);
            return true;
        }
    }
}
