package mx.parlamentoabierto.legislator.domain;

import mx.parlamentoabierto.platform.events.ApplicationEvent;

/** Legislators, groups and memberships of a legislature were imported (Popolo). */
public record PeopleImported(String legislatureId) implements ApplicationEvent {
}
