package mx.parlamentoabierto.platform;

/**
 * A port for caches of published pages: a number that changes whenever something a public page shows changes
 * (answers of an edition, and so its rankings and scorecards). Each feature that publishes data provides one
 * as a CDI bean; a cache compares the sum of all with the one it rendered at.
 */
public interface PublicContentVersion {

    long current();
}
