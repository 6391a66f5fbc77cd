package mx.parlamentoabierto.scrapers.spi;

/**
 * The capacity in which someone speaks in a sitting, as the transcript's label says it: presiding (Presidencia,
 * vice-presidents presiding), reading for the Secretaría, as a legislator (from the rostrum or their seat), as a guest (a
 * secretary of state, a citizen, a senator in a joint sitting), or a body speaking together ("Los diputados:").
 * {@code NONE} is a stage direction: nobody's words. The portal keeps it as its own {@code SpeechRole} (same names),
 * whose codes are the API's.
 */
public enum SpeakerRole {
    PRESIDING, SECRETARY, LEGISLATOR, GUEST, COLLECTIVE, NONE
}
