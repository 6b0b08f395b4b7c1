package io.orderflow.packaging;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * <b>Build step, not a test</b> (run by {@code exec-maven-plugin} at {@code package}, after the
 * shade plugin): cuts the plugin jar down to what the platform sources reach.
 *
 * <p>Input: a shaded jar holding the project's classes and the platform-side libraries, already
 * relocated under {@code io.orderflow.shaded}; and the class files compiled from
 * {@code strategies/} and {@code indicators/} (the roots). Output: a jar with exactly the classes
 * reachable from the roots through class-file references, the {@code META-INF/services} files of
 * reachable service types (their providers become reachable too), the non-class resources that
 * sit in a package directory holding a reachable class, and a fresh manifest. The roots are not
 * copied: the platform compiles them from source.
 *
 * <p>A class counts as referenced when its internal name appears in the constant pool of a
 * reachable class: as a {@code CONSTANT_Class}, inside any descriptor or generic signature
 * ({@code Lname;}), or as a string that names a class of the input with dots or slashes (the names
 * {@code Class.forName} would load; shade rewrites those strings when it relocates). The
 * independent check of the result is {@code PluginJarContentIT}, which walks the same roots with
 * the JDK's {@code jdeps}.
 *
 * <p>Bad input (a root that references a project class missing from the input, no roots at all, a
 * class file that does not parse) fails the build with a message naming the file.
 *
 * <p>Usage: {@code PluginJarSlicer <input.jar> <rootsDir> <output.jar> <title> <version>}.
 * Single-threaded; the whole input is held in memory (a few MB).
 */
public final class PluginJarSlicer {
    private static final Pattern DESCRIPTOR_NAME = Pattern.compile("L([A-Za-z_$0-9/]+)[;<]");
    private static final String OWN_PREFIX = "io/orderflow/";
    private static final String SERVICES = "META-INF/services/";

    private PluginJarSlicer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: PluginJarSlicer <input.jar> <rootsDir> <output.jar> <title> <version>");
        }
        Result r = slice(Paths.get(args[0]), Paths.get(args[1]), Paths.get(args[2]), args[3], args[4]);
        System.out.println("[plugin jar] " + args[2] + ": " + r.classes + " classes (" + r.ownClasses + " io.orderflow, "
                + (r.classes - r.ownClasses) + " relocated libraries) of " + r.inputClasses + " in " + args[0]
                + ", " + r.resources + " other entries, " + Files.size(Paths.get(args[2])) + " bytes");
    }

    /** Counts of one slicing run. */
    static final class Result {
        int inputClasses;
        int classes;
        int ownClasses;
        int resources;
    }

    static Result slice(Path input, Path rootsDir, Path output, String title, String version) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (JarFile jar = new JarFile(input.toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory()) continue;
                try (InputStream in = jar.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        Set<String> classes = new TreeSet<>();
        for (String name : entries.keySet()) {
            if (name.endsWith(".class") && !name.startsWith("META-INF/")) classes.add(name.substring(0, name.length() - 6));
        }

        List<Path> roots = new ArrayList<>();
        if (Files.isDirectory(rootsDir)) {
            try (Stream<Path> s = Files.walk(rootsDir)) {
                s.filter(p -> p.toString().endsWith(".class")).sorted().forEach(roots::add);
            }
        }
        if (roots.isEmpty()) {
            throw new IOException("no compiled platform sources in " + rootsDir + ": the plugin jar keeps what strategies/"
                    + " and indicators/ reach, so they must be compiled first (mvn package, not -Dmaven.test.skip)");
        }

        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        List<String> missing = new ArrayList<>();
        for (Path root : roots) {
            for (String ref : references(Files.readAllBytes(root), root.toString(), classes)) {
                if (classes.contains(ref)) {
                    if (reached.add(ref)) todo.add(ref);
                }
            }
            for (String ref : rawClassNames(Files.readAllBytes(root), root.toString())) {
                if (ref.startsWith(OWN_PREFIX) && !classes.contains(ref)) missing.add(root.getFileName() + " -> " + ref);
            }
        }
        if (!missing.isEmpty()) {
            throw new IOException("the platform sources reference project classes that are not in " + input + ": " + missing);
        }

        Set<String> keptServices = new TreeSet<>();
        while (true) {
            while (!todo.isEmpty()) {
                String c = todo.poll();
                for (String ref : references(entries.get(c + ".class"), input + "!" + c + ".class", classes)) {
                    if (reached.add(ref)) todo.add(ref);
                }
            }
            // service providers of reachable service types are loaded by ServiceLoader: reachable too
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                String name = e.getKey();
                if (!name.startsWith(SERVICES) || name.length() == SERVICES.length()) continue;
                String service = name.substring(SERVICES.length()).replace('.', '/');
                if (!reached.contains(service)) continue;
                keptServices.add(name);
                for (String line : new String(e.getValue(), StandardCharsets.UTF_8).split("\n")) {
                    String provider = line.replaceAll("#.*", "").trim().replace('.', '/');
                    if (!provider.isEmpty() && classes.contains(provider) && reached.add(provider)) todo.add(provider);
                }
            }
            if (todo.isEmpty()) break;
        }

        Set<String> packages = new TreeSet<>();
        for (String c : reached) packages.add(c.contains("/") ? c.substring(0, c.lastIndexOf('/') + 1) : "");

        Result r = new Result();
        r.inputClasses = classes.size();
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.IMPLEMENTATION_TITLE, title);
        main.put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(output); JarOutputStream out = new JarOutputStream(os, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                String name = e.getKey();
                boolean keep;
                if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                    String c = name.substring(0, name.length() - 6);
                    keep = reached.contains(c);
                    if (keep) {
                        r.classes++;
                        if (c.startsWith(OWN_PREFIX) && !c.startsWith(OWN_PREFIX + "shaded/")) r.ownClasses++;
                    }
                } else if (name.startsWith("META-INF/")) {
                    keep = keptServices.contains(name);
                    if (keep) r.resources++;
                } else {
                    String dir = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
                    keep = packages.contains(dir);
                    if (keep) r.resources++;
                }
                if (!keep) continue;
                JarEntry je = new JarEntry(name);
                je.setTime(0L);
                out.putNextEntry(je);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return r;
    }

    /** Classes of {@code known} that the class file {@code bytes} refers to (see the class comment). */
    static Set<String> references(byte[] bytes, String where, Set<String> known) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String s : utf8Constants(bytes, where)) {
            if (known.contains(s)) out.add(s);
            String slashed = s.replace('.', '/');
            if (known.contains(slashed)) out.add(slashed);
            if (s.indexOf('L') >= 0) {
                Matcher m = DESCRIPTOR_NAME.matcher(s);
                while (m.find()) {
                    if (known.contains(m.group(1))) out.add(m.group(1));
                }
            }
        }
        return out;
    }

    /** Every internal class name the class file names, known or not (CONSTANT_Class and descriptors). */
    static Set<String> rawClassNames(byte[] bytes, String where) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String s : utf8Constants(bytes, where)) {
            if (s.startsWith(OWN_PREFIX)) out.add(s);
            Matcher m = DESCRIPTOR_NAME.matcher(s);
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    /** The CONSTANT_Utf8 entries of a class file's constant pool. */
    static List<String> utf8Constants(byte[] bytes, String where) throws IOException {
        List<String> out = new ArrayList<>();
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file (bad magic)");
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1: out.add(in.readUTF()); break;
                    case 3: case 4: in.readInt(); break;
                    case 5: case 6: in.readLong(); i++; break;
                    case 7: case 8: case 16: case 19: case 20: in.readUnsignedShort(); break;
                    case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
                    case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
                    default: throw new IOException("unknown constant-pool tag " + tag + " at index " + i);
                }
            }
        } catch (IOException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
        return out;
    }
}
