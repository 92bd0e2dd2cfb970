package org.coveragebot.solr;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the SolrCloud cluster is and what to keep there: its nodes' base URLs (the cluster state is read
 * from them) or its ZooKeeper hosts with an optional chroot, the collection name (an alias: each article
 * set is a collection of its own behind it), and the shards and replicas a new collection gets.
 */
public record SolrSettings(List<String> solrUrls, List<String> zkHosts, Optional<String> zkChroot, String collection,
                           int shards, int replicas) {

    public static final String DEFAULT_COLLECTION = "coverage";
    public static final int DEFAULT_SHARDS = 2;
    public static final int DEFAULT_REPLICAS = 2;

    public SolrSettings {
        solrUrls = List.copyOf(solrUrls);
        zkHosts = List.copyOf(zkHosts);
        Objects.requireNonNull(zkChroot, "zkChroot");
        Objects.requireNonNull(collection, "collection");
        if (solrUrls.isEmpty() == zkHosts.isEmpty()) {
            throw new IllegalArgumentException("give either Solr base URLs or ZooKeeper hosts");
        }
        if (!collection.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,80}")) {
            throw new IllegalArgumentException("collection '" + collection
                    + "' must be letters, digits, '_' and '-', starting with a letter or digit");
        }
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("shards and replicas must be at least 1, were " + shards + " and " + replicas);
        }
    }

    /**
     * Reads {@code COVERAGE_SOLR_URL}'s forms: {@code http://solr1:8983/solr,http://solr2:8983/solr}, or
     * {@code zk:host1:2181,host2:2181/solr}.
     *
     * @throws IllegalArgumentException naming what is wrong with the value
     */
    public static SolrSettings parse(String url, String collection, int shards, int replicas) {
        String value = Objects.requireNonNull(url, "url").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("is empty");
        }
        if (value.startsWith("zk:")) {
            String hosts = value.substring(3);
            Optional<String> chroot = Optional.empty();
            int slash = hosts.indexOf('/');
            if (slash >= 0) {
                chroot = Optional.of(hosts.substring(slash)).filter(root -> root.length() > 1);
                hosts = hosts.substring(0, slash);
            }
            List<String> zk = new ArrayList<>();
            for (String host : hosts.split(",")) {
                if (!host.strip().matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
                    throw new IllegalArgumentException("ZooKeeper host '" + host.strip() + "' is not host:port");
                }
                zk.add(host.strip());
            }
            return new SolrSettings(List.of(), zk, chroot, collection, shards, replicas);
        }
        List<String> urls = new ArrayList<>();
        for (String part : value.split(",")) {
            String base = part.strip();
            URI uri;
            try {
                uri = URI.create(base);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + base + "' is not a URL");
            }
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("'" + base + "' is not an http(s) URL like http://solr1:8983/solr,"
                        + " nor zk:host:2181");
            }
            urls.add(base.replaceAll("/+$", ""));
        }
        return new SolrSettings(urls, List.of(), Optional.empty(), collection, shards, replicas);
    }

    /** The cluster, for logs: never a secret. */
    public String describe() {
        return (solrUrls.isEmpty() ? "zk:" + String.join(",", zkHosts) + zkChroot.orElse("")
                : String.join(",", solrUrls)) + " collection " + collection;
    }
}
