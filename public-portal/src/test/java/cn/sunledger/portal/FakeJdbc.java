package cn.sunledger.portal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * JDBC interfaces answered by a lambda, for the unit tests of the portal's readers: every boolean method but
 * {@code next} answers false (not closed, not null), everything else what the answer says.
 */
public final class FakeJdbc {

    private FakeJdbc() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> m.getReturnType() == boolean.class && !m.getName().equals("next") ? false
                        : answer.answer(m, args));
    }

    @FunctionalInterface
    public interface Answer {
        Object answer(Method m, Object[] args) throws Exception;
    }
}
