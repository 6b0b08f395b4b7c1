package io.orderflow.packaging;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FilePermission;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.PermissionCollection;
import java.security.Permissions;
import java.security.SecureClassLoader;
import java.security.cert.Certificate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Test emulation of the platform's {@code .jfx} class loader, as the decompiled old platform class
 * {@code JFXClassLoader} (with {@code JFXPack}, greed-common-173; jforex-api.md §9) shows it:
 * <ul>
 * <li>a {@link SecureClassLoader} whose parent is the platform's own class loader, with the default
 * parent-first delegation ({@code loadClass} is not overridden): a class the platform has wins over
 * the same name in the {@code .jfx};</li>
 * <li>one {@code .jfx} per compiled source: its class first, then the other class files the compile
 * produced (its nested classes), then every entry of every {@code @Library} jar, manifests and
 * directories excepted; classes are defined from those bytes, resources served from them;</li>
 * <li>a class is found as the old loader finds it: the first packed class, in that order, whose name
 * the requested name ends with ({@code name.endsWith(packedName)}), not by equality;</li>
 * <li>all of them share one {@code CodeSource}, whose permissions are read on the strategies
 * {@code files} folder and read, write, delete below it — nothing else (a strategy with
 * {@code @RequiresFullAccess} that the user accepts gets {@code AllPermission}; not emulated).</li>
 * </ul>
 * Not thread-safe to construct; class loading itself is synchronised by {@link ClassLoader}.
 */
final class JfxLikeClassLoader extends SecureClassLoader {
    /** Packed classes in pack order: binary name, bytes. */
    private final List<Map.Entry<String, byte[]>> classes = new ArrayList<>();
    private final Map<String, byte[]> resources = new HashMap<>();
    private final CodeSource codeSource;
    private final File filesDir;

    /**
     * @param parent     the platform's class loader
     * @param libraries  the {@code @Library} jars, packed entry by entry
     * @param mainClass  the class file compiled from the source, e.g. {@code .../jforex/OfiIndicator.class};
     *                   its nested classes ({@code OfiIndicator$*.class}) next to it are packed too
     * @param filesDir   the strategies {@code files} folder
     */
    JfxLikeClassLoader(ClassLoader parent, Path[] libraries, Path mainClass, File filesDir) throws IOException {
        super("jfx", parent);
        this.filesDir = filesDir;
        this.codeSource = new CodeSource(new URL("http://www.dukascopy.com/JFOREX"), (Certificate[]) null);
        String simple = mainClass.getFileName().toString().replace(".class", "");
        String pkg = mainClass.getParent().getFileName().toString();
        put(pkg + "/" + simple + ".class", Files.readAllBytes(mainClass));
        try (Stream<Path> s = Files.list(mainClass.getParent())) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                if (p.getFileName().toString().startsWith(simple + "$")) put(pkg + "/" + p.getFileName(), Files.readAllBytes(p));
            }
        }
        for (Path jar : libraries) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements();) {
                    JarEntry entry = e.nextElement();
                    String name = entry.getName();
                    if (entry.isDirectory() || name.endsWith("MANIFEST.MF")) continue;
                    try (InputStream in = jf.getInputStream(entry)) {
                        put(name, in.readAllBytes());
                    }
                }
            }
        }
    }

    private void put(String name, byte[] bytes) {
        if (name.endsWith(".class")) {
            classes.add(new AbstractMap.SimpleImmutableEntry<>(name.substring(0, name.length() - 6).replace('/', '.'), bytes));
        }
        else resources.put(name, bytes);
    }

    /** Binary names of the packed classes, in pack order (the order {@link #findClass} tries them). */
    List<String> packedClassNames() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, byte[]> c : classes) names.add(c.getKey());
        return names;
    }

    /** The one code source every class of this loader is defined with. */
    CodeSource codeSource() {
        return codeSource;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (Map.Entry<String, byte[]> c : classes) {
            if (name.endsWith(c.getKey())) {
                byte[] b = c.getValue();
                return defineClass(name, b, 0, b.length, codeSource);
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        final byte[] b = resources.get(name);
        if (b == null) return null;
        try {
            return new URL("jfx", "", -1, name, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL u) {
                    return new URLConnection(u) {
                        @Override
                        public void connect() {
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(b);
                        }
                    };
                }
            });
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL u = findResource(name);
        return u == null ? Collections.emptyEnumeration() : Collections.enumeration(Collections.singletonList(u));
    }

    @Override
    protected PermissionCollection getPermissions(CodeSource cs) {
        Permissions p = new Permissions();
        p.add(new FilePermission(filesDir.getPath(), "read"));
        p.add(new FilePermission(filesDir.getPath() + File.separator + "-", "read,write,delete"));
        return p;
    }
}
