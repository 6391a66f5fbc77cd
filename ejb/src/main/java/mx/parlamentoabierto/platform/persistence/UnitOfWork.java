package mx.parlamentoabierto.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A use case that runs in one unit of work: on a method, that method; on a class, every business method of it. The
 * unit commits when the method returns and rolls back when it throws (checked exceptions included); a use case
 * called from another joins the caller's unit. Applied by {@link UnitOfWorkInterceptor} to CDI beans only: call
 * use cases through the bean, never through {@code this} from a method outside a unit.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnitOfWork {
}
