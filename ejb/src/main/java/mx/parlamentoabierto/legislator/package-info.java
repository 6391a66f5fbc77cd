/**
 * Who sits in each legislature, in Popolo's model: legislative terms, persons (names, sort name, identifiers such as
 * the SITL's deputy number, contact), organizations (the chamber, parliamentary groups, committees), areas (states,
 * districts, electoral regions), posts and memberships. Imported from Popolo JSON, exported in the same shape, and
 * the place votes find their voters ({@link mx.parlamentoabierto.legislator.application.VoterMatcher}).
 */
package mx.parlamentoabierto.legislator;
