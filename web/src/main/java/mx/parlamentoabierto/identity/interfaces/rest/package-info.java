/** REST endpoints of accounts ({@code /api/users}, admin) and of the caller's own account and tokens ({@code /api/me}). */
package mx.parlamentoabierto.identity.interfaces.rest;
