/** The budget page: approved against paid by year, one year by class and programme, the source file. */
package mx.parlamentoabierto.budget.interfaces.web;
