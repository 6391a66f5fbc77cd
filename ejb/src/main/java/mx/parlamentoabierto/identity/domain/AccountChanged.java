package mx.parlamentoabierto.identity.domain;

import mx.parlamentoabierto.platform.events.ApplicationEvent;

/** An account's roles, state or password changed, or one of its API tokens was revoked: what was resolved is stale. */
public record AccountChanged(long accountId) implements ApplicationEvent {
}
