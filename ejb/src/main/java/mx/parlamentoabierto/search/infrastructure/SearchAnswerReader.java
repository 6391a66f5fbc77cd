package mx.parlamentoabierto.search.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import mx.parlamentoabierto.search.domain.DocumentSearchResult;

/**
 * Reads Elasticsearch's answer to the archive's search request ({@link ElasticsearchDocumentIndex#searchRequest})
 * in one streaming pass: the total, each hit's source fields and highlights, and the three facets. Every
 * other part of the answer is skipped without being built. Reading it as a JSON tree first was 11 % of the
 * portal's CPU per search in the profile of ./parlamento bench search (docs/decisions/0010).
 */
final class SearchAnswerReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int FRAGMENTS = 3;

    private SearchAnswerReader() {
    }

    static DocumentSearchResult read(InputStream body) throws IOException {
        try (JsonParser p = JSON.createParser(body)) {
            startObject(p, p.nextToken());
            long total = -1;
            List<DocumentSearchResult.Hit> hits = new ArrayList<>();
            Map<String, Map<String, Long>> facets = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("hits".equals(field)) {
                    total = readHits(p, value, hits);
                } else if ("aggregations".equals(field)) {
                    readFacets(p, value, facets);
                } else {
                    p.skipChildren();
                }
            }
            return new DocumentSearchResult(total < 0 ? hits.size() : total, hits, facets.getOrDefault("legislature", Map.of()),
                    facets.getOrDefault("type", Map.of()), facets.getOrDefault("year", Map.of()));
        }
    }

    /** {@code "hits": {"total": {"value": n}, "hits": [...]}}; returns the total, or -1 when absent. */
    private static long readHits(JsonParser p, JsonToken start, List<DocumentSearchResult.Hit> hits) throws IOException {
        startObject(p, start);
        long total = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("total".equals(field) && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = p.currentName();
                    p.nextToken();
                    if ("value".equals(inner)) {
                        total = p.getValueAsLong(-1);
                    } else {
                        p.skipChildren();
                    }
                }
            } else if ("hits".equals(field) && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    hits.add(readHit(p));
                }
            } else {
                p.skipChildren();
            }
        }
        return total;
    }

    private static DocumentSearchResult.Hit readHit(JsonParser p) throws IOException {
        double score = 0;
        Map<String, String> source = new HashMap<>();
        List<String> titleHighlight = List.of();
        List<String> exactFragments = List.of();
        List<String> stemmedFragments = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "_score" -> score = value == JsonToken.VALUE_NULL ? 0 : p.getValueAsDouble(0);
                case "_source" -> {
                    startObject(p, value);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken v = p.nextToken();
                        if (v.isScalarValue()) {
                            if (v != JsonToken.VALUE_NULL) {
                                source.put(name, p.getText());
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                case "highlight" -> {
                    startObject(p, value);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        switch (name) {
                            case "title" -> titleHighlight = strings(p);
                            case "text.exact" -> exactFragments = strings(p);
                            case "text" -> stemmedFragments = strings(p);
                            default -> p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        // exact-form matches first, then the stemmed ones they do not repeat
        List<String> fragments = new ArrayList<>(FRAGMENTS);
        fragments.addAll(exactFragments);
        for (String fragment : stemmedFragments) {
            if (fragments.size() < FRAGMENTS && !fragments.contains(fragment)) {
                fragments.add(fragment);
            }
        }
        String date = source.get("date");
        String documentId = source.get("documentId");
        return new DocumentSearchResult.Hit(documentId == null ? 0 : Long.parseLong(documentId),
                titleHighlight.isEmpty() ? escape(source.getOrDefault("title", "")) : titleHighlight.get(0),
                source.get("legislatureId"), source.get("legislatureName"), source.get("type"),
                date == null ? null : LocalDate.parse(date), source.get("identifier"), fragments, score);
    }

    /** {@code "aggregations": {"legislature": {"values": {"buckets": [{"key": k, "doc_count": n}]}}, ...}}. */
    private static void readFacets(JsonParser p, JsonToken start, Map<String, Map<String, Long>> facets) throws IOException {
        startObject(p, start);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String facet = p.currentName();
            startObject(p, p.nextToken());
            Map<String, Long> counts = new LinkedHashMap<>();
            if (enterField(p, "values", JsonToken.START_OBJECT)) {
                if (enterField(p, "buckets", JsonToken.START_ARRAY)) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        readBucket(p, counts);
                    }
                    skipRestOfObject(p); // the rest of "values"
                }
                skipRestOfObject(p); // the rest of the facet
            }
            facets.put(facet, counts);
        }
    }

    private static void readBucket(JsonParser p, Map<String, Long> counts) throws IOException {
        String key = null;
        long count = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if ("key".equals(name)) {
                key = p.getText();
            } else if ("doc_count".equals(name)) {
                count = p.getValueAsLong();
            } else {
                p.skipChildren();
            }
        }
        if (key != null) {
            counts.put(key, count);
        }
    }

    /**
     * Inside an object, skips fields up to {@code name} holding a {@code value} token and stops on that token;
     * returns false, at the end of the object, when there is no such field.
     */
    private static boolean enterField(JsonParser p, String name, JsonToken value) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() == value && name.equals(field)) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    private static void skipRestOfObject(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            p.skipChildren();
        }
    }

    private static List<String> strings(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<String> values = new ArrayList<>(FRAGMENTS);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                values.add(p.getText());
            } else {
                p.skipChildren();
            }
        }
        return values;
    }

    private static void startObject(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw new JsonParseException(p, "se esperaba un objeto JSON en la respuesta de Elasticsearch, llegó " + token);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
