package mx.parlamentoabierto.search.application;

import java.util.List;

import mx.parlamentoabierto.search.domain.IndexedPerson;
import mx.parlamentoabierto.search.domain.IndexedVoteEvent;
import mx.parlamentoabierto.search.domain.RecordQuery;
import mx.parlamentoabierto.search.domain.RecordSearchResult;

/**
 * The port to the search indices of legislative records: vote events and legislators, each in its own index behind
 * an alias, with the archive's Spanish analysis. The database is their source; they are refilled from it.
 */
public interface RecordIndex {

    /** Indexes (or re-indexes) vote events; ids are the records' own. Throws SearchUnavailableException when the node is down. */
    void indexVoteEvents(List<IndexedVoteEvent> events);

    /** Indexes (or re-indexes) legislators; ids are the records' own. Throws SearchUnavailableException when the node is down. */
    void indexPeople(List<IndexedPerson> people);

    /** Vote events or legislators matching the query, best first (vote events without text: newest first). */
    RecordSearchResult search(RecordQuery query);

    /** Makes recent writes visible to search (tests and benchmarks). */
    void refresh();
}
