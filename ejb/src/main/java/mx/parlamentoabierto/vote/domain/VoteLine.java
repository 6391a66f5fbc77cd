package mx.parlamentoabierto.vote.domain;

/**
 * One vote as the pages and the API show it: the line on the roll call, the person it matched (null when none: the
 * printed name stays), the option and the source's own words, the group, and how the voter was matched
 * ({@code id}, {@code name}, {@code partial-name}, or null).
 */
public record VoteLine(String voteEventId, int line, String personId, String voterName, String voterSourceId, VoteOption option,
        String rawOption, String groupId, String groupName, String matchMethod) {
}
