package mx.parlamentoabierto.bench;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What Elasticsearch reports it did in one index (its primaries): documents indexed (operations, whether or not
 * a refresh has made them searchable yet), milliseconds spent indexing them (wall time of the indexing threads, which grows when they wait for a core), and how many refreshes,
 * merges and flushes it ran and for how long. The difference of two readings is what one measurement of the
 * ingest benchmark cost the node; it tells whether the node's CPU went to analysing documents or to turning
 * them into segments.
 */
record IndexActivity(long documents, long indexingMillis, long refreshes, long refreshMillis, long merges, long mergeMillis, long flushes,
        long segments, long writeTasks) {

    static IndexActivity read(String esUrl, String index) throws IOException, InterruptedException {
        JsonNode p = NodeApi.get(esUrl, "/" + index + "/_stats/indexing,refresh,merge,flush,segments").path("_all").path("primaries");
        // One write task per bulk request on this one-shard index: the node's count of them is the number of bulks.
        JsonNode node = NodeApi.get(esUrl, "/_nodes/_local/stats/thread_pool").path("nodes").elements().next();
        return new IndexActivity(p.path("indexing").path("index_total").asLong(), p.path("indexing").path("index_time_in_millis").asLong(),
                p.path("refresh").path("total").asLong(), p.path("refresh").path("total_time_in_millis").asLong(),
                p.path("merges").path("total").asLong(), p.path("merges").path("total_time_in_millis").asLong(),
                p.path("flush").path("total").asLong(), p.path("segments").path("count").asLong(),
                node.path("thread_pool").path("write").path("completed").asLong());
    }

    /** What happened since {@code before}; the segment count is the current one. */
    IndexActivity minus(IndexActivity before) {
        return new IndexActivity(documents - before.documents, indexingMillis - before.indexingMillis, refreshes - before.refreshes,
                refreshMillis - before.refreshMillis, merges - before.merges, mergeMillis - before.mergeMillis, flushes - before.flushes, segments,
                writeTasks - before.writeTasks);
    }

    void print() {
        System.out.printf(Locale.ROOT, "  índice: %d documentos en %d bulks · indexación %d ms · %d refrescos (%d ms) · %d fusiones (%d ms) · %d flush"
                + " · %d segmentos%n", documents, writeTasks, indexingMillis, refreshes, refreshMillis, merges, mergeMillis, flushes, segments);
    }
}
