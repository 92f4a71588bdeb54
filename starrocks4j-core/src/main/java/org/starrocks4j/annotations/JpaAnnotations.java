package org.starrocks4j.annotations;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * Reads the standard JPA annotations ({@code jakarta.persistence} and the older {@code javax.persistence}) by type
 * name and reflection, so that starrocks4j needs neither API on its class path: when a model class's class loader
 * lacks them, the JVM drops the annotations and there is simply nothing to read.
 */
final class JpaAnnotations {

    private static final String[] PACKAGES = {"jakarta.persistence.", "javax.persistence."};

    private JpaAnnotations() {
    }

    /** The JPA annotation of that simple name ({@code "Column"}, {@code "Id"}...) on the element, if present. */
    static Optional<Annotation> find(AnnotatedElement element, String simpleName) {
        for (Annotation a : element.getAnnotations()) {
            String type = a.annotationType().getName();
            for (String pkg : PACKAGES) {
                if (type.length() == pkg.length() + simpleName.length() && type.startsWith(pkg)
                        && type.endsWith(simpleName)) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    static boolean has(AnnotatedElement element, String simpleName) {
        return find(element, simpleName).isPresent();
    }

    /** A string attribute, or {@code ""}. */
    static String string(Optional<Annotation> annotation, String attribute) {
        return annotation.map(a -> (String) value(a, attribute)).orElse("");
    }

    /** An int attribute, or {@code fallback} when the annotation is absent. */
    static int integer(Optional<Annotation> annotation, String attribute, int fallback) {
        return annotation.map(a -> (Integer) value(a, attribute)).orElse(fallback);
    }

    /** A boolean attribute, or {@code fallback} when the annotation is absent. */
    static boolean bool(Optional<Annotation> annotation, String attribute, boolean fallback) {
        return annotation.map(a -> (Boolean) value(a, attribute)).orElse(fallback);
    }

    private static Object value(Annotation annotation, String attribute) {
        try {
            return annotation.annotationType().getMethod(attribute).invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + attribute + " of " + annotation, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + attribute + " of " + annotation, e.getCause());
        }
    }
}
