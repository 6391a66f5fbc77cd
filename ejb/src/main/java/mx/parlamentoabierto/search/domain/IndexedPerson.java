package mx.parlamentoabierto.search.domain;

/**
 * A legislator as the search index holds them (derived from the database; the id is the person's): names and their
 * latest seat — term, parliamentary group, district or list region and state.
 */
public record IndexedPerson(String id, String legislatureId, String name, String sortName, String image, String termId,
        String groupName, String areaName, String stateName, Integer district) {
}
