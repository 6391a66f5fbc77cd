package mx.parlamentoabierto.document.domain;

import mx.parlamentoabierto.platform.events.ApplicationEvent;

/** A document's text was extracted and it waits in the search outbox. */
public record DocumentExtracted(long documentId) implements ApplicationEvent {
}
