/** The compliance pages: every legislature at a glance, and one legislature's obligations with a checklist for its staff. */
package mx.parlamentoabierto.compliance.interfaces.web;
