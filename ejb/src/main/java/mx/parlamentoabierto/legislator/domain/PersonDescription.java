package mx.parlamentoabierto.legislator.domain;

import java.util.Set;

/** What a source says about a person; {@code details} is the JSON of contact details, links, other names and sources. */
public record PersonDescription(String name, String sortName, String givenName, String familyName, String gender, String birthDate,
        String image, String email, Set<Identifier> identifiers, String details) {

    public PersonDescription {
        identifiers = Set.copyOf(identifiers);
    }
}
