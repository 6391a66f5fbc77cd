package mx.parlamentoabierto.vote.domain;

import java.util.Set;

/** A total the source printed for one group ({@code groupKey} empty for the whole chamber), with the options it covers. */
public record DeclaredTotal(String groupKey, String label, Set<VoteOption> options, int declared) {
}
