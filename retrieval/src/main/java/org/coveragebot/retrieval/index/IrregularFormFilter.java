package org.coveragebot.retrieval.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces irregular verb forms and plurals with their base word before stemming, so that a question
 * asking who "won" finds the report that someone "wins", and "led" meets "leading". Suffix stemming
 * cannot do this: "won" and "win" share no suffix rule.
 *
 * <p>Forms that are just as often another word in news text are left alone: "left" (the side), "saw"
 * (the tool), "found" (to found), "fell", "rose", "fed" (the Fed), "shot" (a vaccine shot), "lent",
 * "felt", "met" (the Met), "sat" (the SAT), "bit".
 */
final class IrregularFormFilter extends TokenFilter {

    private static final Map<String, String> BASE = baseForms(
            "win: won", "beat: beaten", "lead: led", "lose: lost", "make: made", "take: took taken",
            "give: gave given", "go: went gone", "come: came", "become: became", "begin: began begun",
            "run: ran", "say: said", "tell: told", "sell: sold", "buy: bought", "bring: brought",
            "think: thought", "fight: fought", "catch: caught", "teach: taught", "seek: sought", "hold: held",
            "uphold: upheld", "withhold: withheld", "keep: kept", "build: built", "spend: spent", "send: sent",
            "pay: paid", "lay: laid", "hear: heard", "mean: meant", "deal: dealt", "write: wrote written",
            "ride: rode ridden", "drive: drove driven", "rise: risen", "arise: arose arisen", "fly: flew flown",
            "grow: grew grown", "know: knew known", "throw: threw thrown", "draw: drew drawn",
            "withdraw: withdrew withdrawn", "choose: chose chosen", "speak: spoke spoken", "break: broke broken",
            "steal: stole stolen", "freeze: froze frozen", "wear: wore worn", "swear: swore sworn",
            "shake: shook shaken", "eat: ate eaten", "fall: fallen", "forget: forgot forgotten",
            "forgive: forgave forgiven", "get: got gotten", "hide: hid hidden", "sing: sang sung",
            "sink: sank sunk", "swim: swam swum", "strike: struck stricken", "stick: stuck", "stand: stood",
            "understand: understood", "overtake: overtook overtaken", "undertake: undertook undertaken",
            "flee: fled", "hang: hung", "swing: swung", "spin: spun", "blow: blew blown", "bite: bitten",
            "sweep: swept", "weep: wept", "sleep: slept", "shine: shone", "slide: slid",
            "awake: awoke awoken", "wake: woke woken", "bleed: bled", "breed: bred", "dig: dug",
            "man: men", "woman: women", "child: children", "foot: feet", "tooth: teeth", "mouse: mice");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    IrregularFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String base = BASE.get(term.toString());
        if (base != null) {
            term.setEmpty().append(base);
        }
        return true;
    }

    /** "win: won" lines: the base word, a colon, its forms. */
    private static Map<String, String> baseForms(String... lines) {
        Map<String, String> base = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(":");
            for (String form : parts[1].trim().split(" ")) {
                base.put(form, parts[0].trim());
            }
        }
        return Map.copyOf(base);
    }
}
