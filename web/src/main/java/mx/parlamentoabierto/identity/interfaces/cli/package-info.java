/** {@code ./parlamento users add}: creates an account on the running portal through {@code POST /api/users}. JDK only. */
package mx.parlamentoabierto.identity.interfaces.cli;
