/** Sign-in and sign-out pages, the session cookie settings and the caller as pages see it. */
package mx.parlamentoabierto.identity.interfaces.web;
