package org.starrocks4j.migrate;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.starrocks4j.annotations.AnnotatedModelReader;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaDefinition;
import org.starrocks4j.source.SchemaSourceProvider;
import org.starrocks4j.source.SourceContext;

/**
 * {@code models:NAME[,NAME...]}: Java model classes. Each NAME is a class — a {@link SchemaDefinition} (the DSL) or
 * a class annotated with {@code @StarRocksTable}, {@code @StarRocksView}, {@code @StarRocksMaterializedView} or
 * JPA {@code @Entity} — or a package, whose classes of those kinds (sub-packages included) are all read. Classes
 * come from the context's class loader (the command line's {@code --classpath}, a build's project class path).
 */
public final class ModelsSourceProvider implements SchemaSourceProvider {

    static final String PREFIX = "models:";
    private static final List<String> JPA_PACKAGES = List.of("jakarta.persistence", "javax.persistence");
    /** The JPA annotations the model reads. */
    private static final List<String> JPA_ANNOTATIONS = List.of("Entity", "Table", "Column", "Id", "EmbeddedId",
            "Transient");

    @Override
    public boolean handles(String spec) {
        return spec.startsWith(PREFIX);
    }

    @Override
    public String usage() {
        return "models:CLASS|PACKAGE[,...]  Java model classes (SchemaDefinition or annotated) on the class path";
    }

    @Override
    public Schema load(String spec, SourceContext context) throws Exception {
        String names = spec.substring(PREFIX.length()).strip();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("'" + spec + "' names no class or package; write e.g. "
                    + "models:com.acme.model or models:com.acme.AnalyticsSchema");
        }
        ClassLoader loader = context.classLoader();
        List<String> invisibleJpa = invisibleJpa(loader);
        List<Class<?>> annotated = new ArrayList<>();
        List<Class<?>> definitions = new ArrayList<>();
        for (String raw : names.split(",")) {
            String name = raw.strip();
            Class<?> single = loadClass(name, loader);
            if (single != null) {
                requireVisibleJpa(single, loader, invisibleJpa);
                if (!classify(single, annotated, definitions)) {
                    throw new IllegalArgumentException("class " + name + " is neither a SchemaDefinition nor "
                            + "annotated with @StarRocksTable, @StarRocksView, @StarRocksMaterializedView or @Entity");
                }
                continue;
            }
            int found = 0;
            for (String className : classNames(name, loader)) {
                Class<?> type = Class.forName(className, false, loader);
                requireVisibleJpa(type, loader, invisibleJpa);
                if (classify(type, annotated, definitions)) {
                    found++;
                }
            }
            if (found == 0) {
                throw new IllegalArgumentException("'" + name + "' is neither a class nor a package with model "
                        + "classes on the class path; check the name, and that the classes are compiled and on the "
                        + "class path (the command line takes them with --classpath DIR_OR_JAR)");
            }
            context.notices().accept("read " + found + " model classes from package " + name);
        }
        Schema schema = AnnotatedModelReader.read(annotated);
        for (Class<?> definition : definitions) {
            Constructor<?> constructor;
            try {
                constructor = definition.getDeclaredConstructor();
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("SchemaDefinition " + definition.getName() + " has no "
                        + "no-argument constructor; add one so models: can create it");
            }
            constructor.setAccessible(true);
            try {
                schema = schema.plus(((SchemaDefinition) constructor.newInstance()).schema());
            } catch (java.lang.reflect.InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw new IllegalArgumentException("SchemaDefinition " + definition.getName() + " failed: "
                        + cause.getMessage(), cause);
            }
        }
        return schema;
    }

    /** The class of that name, also a nested one written with dots ({@code com.acme.Outer.Inner}); else null. */
    private static Class<?> loadClass(String name, ClassLoader loader) {
        String binary = name;
        while (true) {
            try {
                return Class.forName(binary, false, loader);
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            }
        }
    }

    /** Binary names of the package's named classes (sub-packages included; anonymous and local classes left out). */
    private static List<String> classNames(String packageName, ClassLoader loader) throws IOException {
        List<String> out = new ArrayList<>();
        for (String resource : ClasspathResources.list(packageName.replace('.', '/'), ".class", true, loader)) {
            String binaryName = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
            String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1);
            // Anonymous and local classes ($1, $1Local) declare no model.
            boolean named = Arrays.stream(simple.split("\\$")).noneMatch(p -> !p.isEmpty() && Character.isDigit(p.charAt(0)));
            if (named && !simple.equals("package-info") && !simple.equals("module-info")) {
                out.add(binaryName);
            }
        }
        return out;
    }

    /** The JPA APIs ({@code jakarta.persistence}, {@code javax.persistence}) that {@code loader} cannot load. */
    private static List<String> invisibleJpa(ClassLoader loader) {
        List<String> out = new ArrayList<>();
        for (String api : JPA_PACKAGES) {
            try {
                Class.forName(api + ".Id", false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                out.add(api);
            }
        }
        return out;
    }

    /**
     * Fails when {@code type} carries annotations of an {@code invisible} JPA API: the JVM drops annotations it
     * cannot load without a word, and the model would silently lose the entity's {@code @Entity}, {@code @Id} and
     * {@code @Column} (a command line run with only the application's classes on {@code --classpath}).
     */
    private static void requireVisibleJpa(Class<?> type, ClassLoader loader, List<String> invisible)
            throws IOException {
        if (invisible.isEmpty()) {
            return;
        }
        String classFile;
        try (InputStream in = loader.getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            if (in == null) {
                return;
            }
            classFile = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        for (String api : invisible) {
            String prefix = "L" + api.replace('.', '/') + "/";
            if (JPA_ANNOTATIONS.stream().anyMatch(a -> classFile.contains(prefix + a + ";"))) {
                throw new IllegalArgumentException("class " + type.getName() + " carries JPA annotations (" + api
                        + ".*), but " + api + " is not on the class path, so they would be ignored (@Entity, @Id, "
                        + "@Column, @Table); put the JPA API jar on the class path too (the command line takes it "
                        + "with --classpath CLASSES" + File.pathSeparator + "JPA_API_JAR, e.g. the application's "
                        + "run-time class path)");
            }
        }
    }

    /** Adds the class to the list it belongs in; false when it declares no model. */
    private static boolean classify(Class<?> type, List<Class<?>> annotated, List<Class<?>> definitions) {
        if (AnnotatedModelReader.isModelClass(type)) {
            annotated.add(type);
            return true;
        }
        if (SchemaDefinition.class.isAssignableFrom(type) && !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers())) {
            definitions.add(type);
            return true;
        }
        return false;
    }
}
