/** Reading CSV files people upload (RFC 4180, UTF-8), with every problem located by line and column. */
package mx.parlamentoabierto.platform.csv;
