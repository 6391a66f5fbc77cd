package mx.parlamentoabierto.audit.domain;

import java.util.List;

/** Append and read; deliberately nothing that changes or removes an entry. */
public interface AuditRepository {

    void append(AuditEntry entry);

    /** The entries of one edition, oldest first, from {@code afterId} (exclusive), at most {@code limit}. */
    List<AuditEntry> ofEdition(String editionId, long afterId, int limit);

    /** Every entry, newest first, at most {@code limit}. */
    List<AuditEntry> latest(int limit);
}
