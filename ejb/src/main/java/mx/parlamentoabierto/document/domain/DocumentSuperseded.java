package mx.parlamentoabierto.document.domain;

import mx.parlamentoabierto.platform.events.ApplicationEvent;

/** A new version of a document arrived: the one it replaces waits in the search outbox to be marked no longer current. */
public record DocumentSuperseded(long documentId) implements ApplicationEvent {
}
