package mx.parlamentoabierto.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs a {@link UnitOfWork} use case in the database's unit of work (ADR 0025). */
@UnitOfWork
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class UnitOfWorkInterceptor {

    private final Database database;

    @Inject
    public UnitOfWorkInterceptor(Database database) {
        this.database = database;
    }

    @AroundInvoke
    public Object around(InvocationContext invocation) throws Exception {
        try (Database.Unit unit = database.open()) {
            Object result = invocation.proceed();
            unit.commit();
            return result;
        }
    }
}
