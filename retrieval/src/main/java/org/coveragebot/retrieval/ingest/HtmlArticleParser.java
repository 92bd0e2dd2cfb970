package org.coveragebot.retrieval.ingest;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Reads a saved web page: the article's main text (paragraphs of the {@code <article>} element or of
 * the block holding most paragraph text), title, outlet and date from the usual meta tags. Navigation,
 * share buttons, related lists, figures and author bios are not article text. The extracted text is
 * the paragraphs joined by blank lines; offsets point into it.
 */
final class HtmlArticleParser {

    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, figure, "
            + "figcaption, button, iframe, svg, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + "[class~=(?i)(share|social|related|newsletter|promo|advert|byline|author-bio|bio|comments?|breadcrumbs?|"
            + "subscribe|signup|tags|recommend|trending|popular|sidebar|cookie|paywall)], "
            + "[id~=(?i)(share|social|related|newsletter|comments?|sidebar|cookie)]";

    private HtmlArticleParser() {
    }

    static Article parse(String id, String html) throws UnreadableArticleException {
        Document page = Jsoup.parse(html);
        ArticleMetadata metadata = new ArticleMetadata(title(page), outlet(page), meta(page, "og:url", "canonical"),
                published(page), meta(page, "author", "article:author"));
        page.select(FURNITURE).remove();
        Element main = mainBlock(page);
        StringBuilder text = new StringBuilder();
        for (Element block : main.select("p, h2, h3, li, blockquote")) {
            if (!block.select("p, li, blockquote").isEmpty() && !block.is("p")) {
                continue; // a container; its own paragraphs come on their own
            }
            String paragraph = block.text().strip();
            if (paragraph.isEmpty() || paragraph.equals(metadata.title())) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(paragraph);
        }
        String extracted = text.toString();
        List<TextSpan> body = BoilerplateFilter.bodyParagraphs(extracted, 0);
        if (body.isEmpty()) {
            throw new UnreadableArticleException("no article text found in the page");
        }
        return new Article(id, extracted, body, metadata, ContentHash.of(extracted, metadata));
    }

    private static Element mainBlock(Document page) {
        Elements articles = page.select("article, [itemprop=articleBody], main");
        Element best = page.body();
        int bestChars = 0;
        for (Element candidate : articles.isEmpty() ? page.select("div, section") : articles) {
            int chars = 0;
            for (Element p : candidate.select("p")) {
                chars += p.text().length();
            }
            if (chars > bestChars) {
                best = candidate;
                bestChars = chars;
            }
        }
        if (bestChars == 0 && !articles.isEmpty()) {
            return page.body();
        }
        return best;
    }

    private static String title(Document page) {
        String title = meta(page, "og:title", "twitter:title");
        if (title == null) {
            Element h1 = page.selectFirst("h1");
            title = h1 != null ? h1.text() : page.title();
        }
        return title;
    }

    private static String outlet(Document page) {
        return meta(page, "og:site_name", "publisher", "application-name");
    }

    private static String published(Document page) {
        String date = meta(page, "article:published_time", "datePublished", "pubdate", "date", "dc.date");
        if (date == null) {
            Element time = page.selectFirst("time[datetime]");
            date = time != null ? time.attr("datetime") : null;
        }
        return date;
    }

    private static String meta(Document page, String... names) {
        for (String name : names) {
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                Element meta = page.selectFirst("meta[" + attribute + "=" + name + "]");
                if (meta != null && !meta.attr("content").isBlank()) {
                    return meta.attr("content");
                }
            }
            Element link = page.selectFirst("link[rel=" + name + "]");
            if (link != null && !link.attr("href").isBlank()) {
                return link.attr("href");
            }
        }
        return null;
    }
}
