package mx.parlamentoabierto.debate.domain;

import mx.parlamentoabierto.platform.events.ApplicationEvent;

/** A sitting's debate was stored or replaced by a later publication of it. */
public record DebatesImported(String legislatureId, String debateId) implements ApplicationEvent {
}
