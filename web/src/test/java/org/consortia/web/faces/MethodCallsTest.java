package org.consortia.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.el.BeanELResolver;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.MethodNotFoundException;
import jakarta.el.StandardELContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MethodCallsTest {

    public record Person(String name, int age) {

        public String greeting(String greeting, int times) {
            return (greeting + " ").repeat(times) + name;
        }

        public String title() {
            return "Ms";
        }

        public String title(String prefix) {
            return prefix + " " + name;
        }

        public String describe(String text) {
            return "text " + text;
        }

        public String describe(Integer number) {
            return "number " + number;
        }

        public String failing() {
            throw new IllegalStateException("refused");
        }

        public String joined(String... parts) {
            return String.join("+", parts);
        }

        public static String species() {
            return "human";
        }
    }

    private final ExpressionFactory expressions = ExpressionFactory.newInstance();
    private final AtomicInteger standardCalls = new AtomicInteger();
    private ELContext context;

    @BeforeEach
    void setUp() {
        CompositeELResolver resolvers = new CompositeELResolver();
        resolvers.add(new MethodCalls());
        resolvers.add(new BeanELResolver() {
            @Override
            public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
                standardCalls.incrementAndGet();
                return super.invoke(context, base, method, types, params);
            }
        });
        StandardELContext standard = new StandardELContext(expressions);
        standard.addELResolver(resolvers);
        context = standard;
        context.getVariableMapper().setVariable("person",
                expressions.createValueExpression(new Person("Ada", 36), Person.class));
        context.getVariableMapper().setVariable("list",
                expressions.createValueExpression(new ArrayList<>(List.of(3, 1, 2)), List.class));
    }

    private Object evaluate(String expression) {
        return expressions.createValueExpression(context, expression, Object.class).getValue(context);
    }

    @Test
    void callsAMethodWithoutTheStandardSearchAndConvertsItsArguments() {
        assertEquals("Ada", evaluate("#{person.name()}"));
        assertEquals(36L, ((Number) evaluate("#{person.age()}")).longValue());
        assertEquals("Hello Hello Ada", evaluate("#{person.greeting('Hello', '2')}"), "the text '2' becomes the number");
        assertEquals("Hello Ada", evaluate("#{person.greeting('Hello', 1)}"));
        assertEquals(0, standardCalls.get());
    }

    @Test
    void leavesOverloadsOfOneLengthVariableArgumentsStaticMethodsAndCollectionsToTheStandardResolver() {
        assertEquals("Ms", evaluate("#{person.title()}"));
        assertEquals("Dr Ada", evaluate("#{person.title('Dr')}"));
        assertEquals(0, standardCalls.get(), "one meaning for each number of arguments");
        assertEquals("number 4", evaluate("#{person.describe(4)}"));
        assertEquals(1, standardCalls.getAndSet(0), "two meanings for one argument");
        assertEquals("a+b", evaluate("#{person.joined('a', 'b')}"));
        assertEquals(1, standardCalls.getAndSet(0), "variable arguments");
        assertEquals("human", evaluate("#{person.species()}"));
        assertEquals(1, standardCalls.getAndSet(0), "a static method");
        assertEquals(List.of(1, 2, 3), evaluate("#{list.stream().sorted().toList()}"), "the language's own stream");
        assertEquals(3, ((Number) evaluate("#{list.size()}")).intValue());
    }

    @Test
    void reportsWhatTheMethodThrowsAndAMissingMethodAsTheStandardResolverDoes() {
        ELException failure = assertThrows(ELException.class, () -> evaluate("#{person.failing()}"));
        assertEquals("refused", failure.getCause().getMessage());
        assertThrows(MethodNotFoundException.class, () -> evaluate("#{person.missing()}"));
        assertThrows(MethodNotFoundException.class, () -> evaluate("#{person.name('too many')}"));
    }

    @Test
    void isAskedNothingButCalls() {
        ELResolver resolver = new MethodCalls();
        assertEquals(null, resolver.getValue(context, new Person("Ada", 1), "name"));
        assertEquals(false, context.isPropertyResolved());
    }
}
