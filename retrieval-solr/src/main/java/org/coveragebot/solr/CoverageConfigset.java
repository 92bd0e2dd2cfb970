package org.coveragebot.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.coveragebot.retrieval.index.AnalysisChain;
import org.coveragebot.retrieval.index.IndexFields;

/**
 * The configset our collections are made with: the schema of {@link IndexFields}, its keyword fields
 * analysed by the {@link AnalysisChain} declared with Solr's standard factories by their SPI names, and
 * the chain's resource files. Nothing beyond a stock Solr: no plugin jar on the nodes, so any SolrCloud,
 * self-run or hosted, serves it. Its name carries a digest of its files: a changed schema or analysis is a
 * new configset, and the collection is rebuilt on it.
 */
public final class CoverageConfigset {

    /** The passage vectors' length: all-MiniLM-L6-v2's. */
    public static final int DIMENSIONS = 384;

    private final Map<String, byte[]> files;
    private final String name;

    public CoverageConfigset() {
        Map<String, byte[]> made = new LinkedHashMap<>();
        made.put("solrconfig.xml", SOLRCONFIG.getBytes(StandardCharsets.UTF_8));
        made.put("managed-schema.xml", schema().getBytes(StandardCharsets.UTF_8));
        for (String resource : AnalysisChain.RESOURCES) {
            made.put(resource, resource(resource));
        }
        this.files = Map.copyOf(made);
        this.name = "coverage-" + digest(made).substring(0, 12);
    }

    /** The configset's name: "coverage-" and a digest of its files. */
    public String name() {
        return name;
    }

    /** The files, by name. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** The files zipped, as the configset upload takes them. */
    public byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("zipping in memory cannot fail", e);
        }
        return out.toByteArray();
    }

    static String schema() {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schema name=\"coverage\" version=\"1.6\">\n");
        xml.append("  <uniqueKey>id</uniqueKey>\n");
        xml.append("  <fieldType name=\"string\" class=\"solr.StrField\" sortMissingLast=\"true\" docValues=\"true\"/>\n");
        xml.append("  <fieldType name=\"stored\" class=\"solr.StrField\" indexed=\"false\" stored=\"true\" docValues=\"false\"/>\n");
        xml.append("  <fieldType name=\"pint\" class=\"solr.IntPointField\" docValues=\"true\"/>\n");
        xml.append("  <fieldType name=\"plong\" class=\"solr.LongPointField\" docValues=\"true\"/>\n");
        xml.append("  <fieldType name=\"binary\" class=\"solr.BinaryField\"/>\n");
        xml.append("  <fieldType name=\"passage_vector\" class=\"solr.DenseVectorField\" vectorDimension=\"")
                .append(DIMENSIONS).append("\" similarityFunction=\"cosine\" knnAlgorithm=\"hnsw\"/>\n");
        xml.append("  <fieldType name=\"text_coverage\" class=\"solr.TextField\" positionIncrementGap=\"100\">\n");
        xml.append("    <analyzer>\n");
        for (AnalysisChain.Step step : AnalysisChain.CHAR_FILTERS) {
            xml.append("      ").append(element("charFilter", step)).append('\n');
        }
        xml.append("      ").append(element("tokenizer", AnalysisChain.TOKENIZER)).append('\n');
        for (AnalysisChain.Step step : AnalysisChain.TOKEN_FILTERS) {
            xml.append("      ").append(element("filter", step)).append('\n');
        }
        xml.append("    </analyzer>\n  </fieldType>\n");
        field(xml, "id", "string", "indexed=\"true\" stored=\"true\" required=\"true\"");
        field(xml, "_version_", "plong", "indexed=\"false\" stored=\"false\"");
        field(xml, IndexFields.KIND, "string", "indexed=\"true\" stored=\"true\"");
        field(xml, IndexFields.ARTICLE_ID, "string", "indexed=\"true\" stored=\"true\"");
        field(xml, IndexFields.ORDINAL, "pint", "indexed=\"true\" stored=\"true\"");
        field(xml, IndexFields.BODY, "text_coverage", "indexed=\"true\" stored=\"true\"");
        field(xml, IndexFields.TITLE, "text_coverage", "indexed=\"true\" stored=\"true\"");
        field(xml, IndexFields.VECTOR, "passage_vector", "indexed=\"true\" stored=\"true\"");
        field(xml, IndexFields.SENTENCE_VECTORS, "binary", "indexed=\"false\" stored=\"true\"");
        field(xml, IndexFields.TITLE_VECTOR, "binary", "indexed=\"false\" stored=\"true\"");
        for (String stored : new String[] {IndexFields.SENTENCES, IndexFields.HASH, IndexFields.TEXT_HASH,
                IndexFields.BODY_SPANS, IndexFields.META_TITLE, IndexFields.META_SOURCE, IndexFields.META_URL,
                IndexFields.META_PUBLISHED, IndexFields.META_AUTHOR}) {
            field(xml, stored, "stored", "");
        }
        xml.append("</schema>\n");
        return xml.toString();
    }

    private static void field(StringBuilder xml, String name, String type, String attributes) {
        xml.append("  <field name=\"").append(name).append("\" type=\"").append(type).append('"');
        if (!attributes.isEmpty()) {
            xml.append(' ').append(attributes);
        }
        xml.append("/>\n");
    }

    private static String element(String kind, AnalysisChain.Step step) {
        StringBuilder xml = new StringBuilder("<").append(kind).append(" name=\"").append(escape(step.factory())).append('"');
        for (Map.Entry<String, String> parameter : step.parameters().entrySet()) {
            xml.append(' ').append(parameter.getKey()).append("=\"").append(escape(parameter.getValue())).append('"');
        }
        return xml.append("/>").toString();
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] resource(String name) {
        try (InputStream in = AnalysisChain.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }

    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
                sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update(file.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Commits are ours (one per update); the update log SolrCloud needs; BM25 with whole-collection statistics. */
    private static final String SOLRCONFIG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <config>
              <luceneMatchVersion>9.12</luceneMatchVersion>
              <dataDir>${solr.data.dir:}</dataDir>
              <directoryFactory name="DirectoryFactory" class="${solr.directoryFactory:solr.NRTCachingDirectoryFactory}"/>
              <codecFactory class="solr.SchemaCodecFactory"/>
              <!-- term statistics of the whole collection, not of one shard: the same BM25 scores as one index -->
              <statsCache class="org.apache.solr.search.stats.ExactStatsCache"/>
              <updateHandler class="solr.DirectUpdateHandler2">
                <updateLog>
                  <str name="dir">${solr.ulog.dir:}</str>
                </updateLog>
                <autoCommit>
                  <maxTime>${solr.autoCommit.maxTime:60000}</maxTime>
                  <openSearcher>false</openSearcher>
                </autoCommit>
              </updateHandler>
              <query>
                <maxBooleanClauses>${solr.max.booleanClauses:1024}</maxBooleanClauses>
                <filterCache size="512" initialSize="512" autowarmCount="0"/>
                <queryResultCache size="512" initialSize="512" autowarmCount="0"/>
                <documentCache size="512" initialSize="512" autowarmCount="0"/>
              </query>
              <requestHandler name="/select" class="solr.SearchHandler">
                <lst name="defaults">
                  <str name="echoParams">none</str>
                  <str name="wt">javabin</str>
                </lst>
              </requestHandler>
            </config>
            """;
}
