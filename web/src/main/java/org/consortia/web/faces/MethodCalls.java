package org.consortia.web.faces;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods pages name with brackets ({@code #{entry.kind().label()}}, {@code #{labels.date(d)}},
 * and actions such as {@code #{membersView.endMembership(_member)}}) from a table of the methods
 * already found. The standard resolver looks the method up among all of the class's public methods
 * on every call, copying each of them, which was a tenth of the time taken to draw a long list.
 * Only a name that means one method for the number of arguments given is kept; overloads, variable
 * arguments, collections (whose {@code stream()} the language treats specially), maps, arrays and
 * static calls are left to the standard resolvers, unchanged. One difference: an argument that
 * cannot be converted is reported as an {@code ELException}, not as a missing method.
 */
public class MethodCalls extends ELResolver {

    private final Map<Key, Optional<Method>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object name, Class<?>[] paramTypes, Object[] params) {
        if (base == null || name == null || paramTypes != null || isLeftToOthers(base)) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Optional<Method> method = methods.computeIfAbsent(
                new Key(base.getClass(), name.toString(), arguments.length), key -> onlyMethod(key, base));
        if (method.isEmpty()) {
            return null;
        }
        Object result = call(context, method.get(), base, arguments);
        context.setPropertyResolved(base, name);
        return result;
    }

    private static boolean isLeftToOthers(Object base) {
        return base instanceof Collection || base instanceof Map || base instanceof ELClass || base.getClass().isArray();
    }

    /**
     * The one public instance method of that name taking that many arguments, where no other method of
     * that name could take them (one with variable arguments could).
     */
    private static Optional<Method> onlyMethod(Key key, Object base) {
        List<Method> named = Arrays.stream(key.type().getMethods())
                .filter(method -> method.getName().equals(key.name()))
                .filter(method -> !(method.isBridge() && method.getDeclaringClass() != key.type()))
                .toList();
        List<Method> candidates = named.stream().filter(method -> method.getParameterCount() == key.arguments()).toList();
        if (candidates.size() != 1 || named.stream().anyMatch(Method::isVarArgs)) {
            return Optional.empty();
        }
        Method method = candidates.get(0);
        boolean callable = !Modifier.isStatic(method.getModifiers()) && method.canAccess(base);
        return callable ? Optional.of(method) : Optional.empty();
    }

    private static Object call(ELContext context, Method method, Object base, Object[] arguments) {
        Class<?>[] types = method.getParameterTypes();
        Object[] converted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof LambdaExpression lambda) {
                lambda.setELContext(context);
            }
            converted[i] = context.convertToType(arguments[i], types[i]);
        }
        try {
            return method.invoke(base, converted);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Properties are left to the standard resolvers.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    private record Key(Class<?> type, String name, int arguments) {
    }
}
