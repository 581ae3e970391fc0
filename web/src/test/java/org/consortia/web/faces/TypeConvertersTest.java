package org.consortia.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.LongConverter;
import jakarta.faces.convert.NumberConverter;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TypeConvertersTest {

    /** A converter of the portal's own, which may keep state, so is never shared. */
    static class OwnConverter implements Converter<Object> {
        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
            return value;
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Object value) {
            return String.valueOf(value);
        }
    }

    private final AtomicInteger lookups = new AtomicInteger();

    private final Application faces = new ApplicationWrapper(null) {
        @Override
        @SuppressWarnings("rawtypes")
        public Converter createConverter(Class<?> type) {
            lookups.incrementAndGet();
            if (type == Long.class) {
                return new LongConverter();
            }
            if (type == Integer.class) {
                return new org.primefaces.convert.IntegerConverter();
            }
            if (type == BigDecimal.class) {
                return new NumberConverter();
            }
            return type == StringBuilder.class ? new OwnConverter() : null;
        }
    };

    private final Application application = new TypeConverters(new ApplicationFactory(null) {
        @Override
        public Application getApplication() {
            return faces;
        }

        @Override
        public void setApplication(Application application) {
        }
    }).getApplication();

    @Test
    void asksFacesOnceForItsOwnConverterOfAType() {
        Converter<?> first = application.createConverter(Long.class);
        assertSame(first, application.createConverter(Long.class));
        assertEquals(LongConverter.class, first.getClass());
        assertSame(application.createConverter(Integer.class), application.createConverter(Integer.class),
                "the component library's number converters keep no state either");
        assertEquals(2, lookups.get());
    }

    @Test
    void remembersThatATypeHasNoConverter() {
        assertNull(application.createConverter(String.class));
        assertNull(application.createConverter(String.class));
        assertEquals(1, lookups.get());
    }

    @Test
    void createsOtherConvertersAfreshEachTime() {
        assertNotSame(application.createConverter(StringBuilder.class), application.createConverter(StringBuilder.class));
        assertNotSame(application.createConverter(BigDecimal.class), application.createConverter(BigDecimal.class),
                "a number converter's pattern can be set");
        assertEquals(4, lookups.get());
    }
}
