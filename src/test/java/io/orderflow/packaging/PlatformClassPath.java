package io.orderflow.packaging;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * Test emulation of the JForex client's own class path, the parent of every {@code .jfx} loader:
 * the JForex API, and slf4j-api 1.7 with the log4j 1.2 binding (jforex-api.md §9: the client's
 * class path and the decompiled platform classes, which log through {@code org.slf4j.LoggerFactory}).
 * Nothing else of the build is visible: the project's own classes must come from the plugin jar.
 *
 * <p>The API classes are taken from {@code api} (the test's own loader, where the facade and the
 * fake platform live), so the platform side and the strategy share one {@code IStrategy}; the
 * logging jars from their own loader; everything else from the JDK. Thread-safe as any
 * {@link ClassLoader}.
 */
final class PlatformClassPath extends ClassLoader {
    private final ClassLoader api;
    private final URLClassLoader logging;

    PlatformClassPath(ClassLoader api, URL... loggingJars) {
        super("jforex-platform", ClassLoader.getPlatformClassLoader());
        this.api = api;
        this.logging = new URLClassLoader(loggingJars, ClassLoader.getPlatformClassLoader());
    }

    private static boolean isApi(String name) {
        return name.startsWith("com.dukascopy.") || name.startsWith("com/dukascopy/");
    }

    private static boolean isLogging(String name) {
        return name.startsWith("org.slf4j.") || name.startsWith("org.apache.log4j.") || name.startsWith("org/slf4j/")
                || name.startsWith("org/apache/log4j/") || name.equals("log4j.properties") || name.equals("log4j.xml");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isApi(name)) return api.loadClass(name);
        if (isLogging(name)) return logging.loadClass(name);
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        if (isApi(name)) return api.getResource(name);
        if (isLogging(name)) return logging.getResource(name);
        return super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (isApi(name)) return api.getResources(name);
        if (isLogging(name)) return logging.getResources(name);
        return super.getResources(name);
    }

    /** The loader of the platform's logging jars. */
    ClassLoader logging() {
        return logging;
    }
}
