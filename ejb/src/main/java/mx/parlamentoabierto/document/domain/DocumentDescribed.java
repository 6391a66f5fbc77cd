package mx.parlamentoabierto.document.domain;

import mx.parlamentoabierto.platform.events.ApplicationEvent;

/** A person corrected a document's description (title, type, date, legislature): it waits in the search outbox and its page is stale. */
public record DocumentDescribed(long documentId) implements ApplicationEvent {
}
