package mx.parlamentoabierto.search.application;

import java.util.List;

import mx.parlamentoabierto.search.domain.IndexedSpeech;
import mx.parlamentoabierto.search.domain.SpeechQuery;
import mx.parlamentoabierto.search.domain.SpeechSearchResult;

/**
 * The port to the search index of speeches, with the archive's Spanish analysis. The database is its source; it is
 * refilled from it. Every method throws SearchUnavailableException when the node is down.
 */
public interface SpeechIndex {

    /** Replaces what the index holds of these debates by these speeches (a debate read again may have fewer). */
    void replaceDebates(List<String> debateIds, List<IndexedSpeech> speeches);

    SpeechSearchResult search(SpeechQuery query);

    /** Makes recent writes visible to search (tests and benchmarks). */
    void refresh();
}
