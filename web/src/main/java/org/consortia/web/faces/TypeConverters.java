package org.consortia.web.faces;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.DateTimeConverter;
import jakarta.faces.convert.NumberConverter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the converter for a type (a number, an enumeration) once rather than for every value drawn.
 * Faces asks for it again for each option of a drop-down list whose values are not text, and each
 * time the question goes through the CDI container twice, looking for a managed converter; on the
 * pages with long lists that was a tenth of the time taken to draw them. The answer for a type never
 * changes while the portal runs. Only Faces' own converters and the component library's versions of
 * them, which keep no state between calls, are shared; any other converter is still created afresh.
 */
public class TypeConverters extends ApplicationFactory {

    private volatile Application application;

    public TypeConverters(ApplicationFactory wrapped) {
        super(wrapped);
    }

    @Override
    public Application getApplication() {
        Application current = application;
        return current != null ? current : wrap(getWrapped().getApplication());
    }

    @Override
    public void setApplication(Application application) {
        getWrapped().setApplication(application);
        this.application = null;
    }

    private synchronized Application wrap(Application wrapped) {
        if (application == null) {
            application = new Remembering(wrapped);
        }
        return application;
    }

    private static final class Remembering extends ApplicationWrapper {

        /** Faces' converters, and the component library's, which add only what its scripts need to know. */
        private static final Set<String> STATELESS_CONVERTERS = Set.of("jakarta.faces.convert", "org.primefaces.convert");

        private final Map<Class<?>, Optional<Converter<?>>> byType = new ConcurrentHashMap<>();

        Remembering(Application wrapped) {
            super(wrapped);
        }

        @Override
        @SuppressWarnings("rawtypes") // as Faces declares it
        public Converter createConverter(Class<?> targetClass) {
            Optional<Converter<?>> known = byType.get(targetClass);
            if (known != null) {
                return known.orElse(null);
            }
            Converter<?> converter = super.createConverter(targetClass);
            if (converter == null || isSharable(converter)) {
                byType.put(targetClass, Optional.ofNullable(converter));
            }
            return converter;
        }

        /** Faces' own converters and the component library's, apart from those whose pattern a page may set. */
        private static boolean isSharable(Converter<?> converter) {
            return STATELESS_CONVERTERS.contains(converter.getClass().getPackageName())
                    && !(converter instanceof DateTimeConverter) && !(converter instanceof NumberConverter);
        }
    }
}
