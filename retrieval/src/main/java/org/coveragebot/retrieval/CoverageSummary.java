package org.coveragebot.retrieval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coveragebot.retrieval.ingest.Article;

/**
 * What the loaded coverage is: how many articles and passages, from which outlets (most articles
 * first), over which dates.
 */
public record CoverageSummary(int articles, int passages, List<String> outlets, Optional<LocalDate> earliest,
                              Optional<LocalDate> latest) {

    public CoverageSummary {
        outlets = List.copyOf(outlets);
    }

    static CoverageSummary of(Collection<Article> articles, int passages) {
        Map<String, Integer> perOutlet = new HashMap<>();
        LocalDate earliest = null;
        LocalDate latest = null;
        for (Article article : articles) {
            if (article.metadata().source() != null) {
                perOutlet.merge(article.metadata().source(), 1, Integer::sum);
            }
            Optional<LocalDate> date = article.metadata().publishedDate();
            if (date.isPresent()) {
                earliest = earliest == null || date.get().isBefore(earliest) ? date.get() : earliest;
                latest = latest == null || date.get().isAfter(latest) ? date.get() : latest;
            }
        }
        List<String> outlets = new ArrayList<>(perOutlet.keySet());
        outlets.sort((a, b) -> perOutlet.get(b) - perOutlet.get(a) != 0 ? perOutlet.get(b) - perOutlet.get(a) : a.compareTo(b));
        return new CoverageSummary(articles.size(), passages, outlets, Optional.ofNullable(earliest), Optional.ofNullable(latest));
    }
}
