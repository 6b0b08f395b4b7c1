package io.orderflow;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a compiled class file refers to, read from its constant pool (JVMS §4.4): every
 * {@code CONSTANT_Class} entry (array classes reduced to their element class) and every class
 * named inside a descriptor or generic signature ({@code Lpkg/Name;} or {@code Lpkg/Name<}) held
 * in a {@code CONSTANT_Utf8} entry — field and method types, including those of the class's own
 * members, which the class file names only through such entries. A {@code CONSTANT_Utf8} entry
 * that serves as the text of a string literal ({@code CONSTANT_String}) is not read: a string is
 * not a dependency.
 *
 * <p>Because this works on what the compiler emitted, it cannot be fooled by the way the source
 * names a class (import, fully qualified name, nested or static import): every use that links
 * becomes a constant-pool entry. Names are internal ({@code io/orderflow/market/Tick}).
 * Stateless; thread-safe.
 */
final class ClassFileReferences {
    private static final Pattern DESCRIPTOR_NAME = Pattern.compile("L([A-Za-z_$0-9/]+)[;<]");

    private ClassFileReferences() {
    }

    /**
     * The internal names of the classes {@code classFile} refers to (itself included).
     *
     * @param where names the file in error messages
     * @throws IOException naming {@code where} when the bytes are not a class file
     */
    static Set<String> of(byte[] classFile, String where) throws IOException {
        Set<String> out = new TreeSet<>();
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file (bad magic number)");
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> classNameIndices = new ArrayList<>();
            BitSet literal = new BitSet(count);
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1: utf8[i] = in.readUTF(); break;                      // Utf8
                    case 7: classNameIndices.add(in.readUnsignedShort()); break; // Class
                    case 8: literal.set(in.readUnsignedShort()); break;          // String
                    case 3: case 4: in.readInt(); break;                         // Integer, Float
                    case 5: case 6: in.readLong(); i++; break;                   // Long, Double: two slots
                    case 16: case 19: case 20: in.readUnsignedShort(); break;    // MethodType, Module, Package
                    case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break; // refs, NameAndType, dynamic
                    case 15: in.readUnsignedByte(); in.readUnsignedShort(); break; // MethodHandle
                    default: throw new IOException("unknown constant-pool tag " + tag + " at index " + i);
                }
            }
            for (int index : classNameIndices) {
                String name = utf8[index];
                if (name == null) throw new IOException("CONSTANT_Class points at non-Utf8 entry " + index);
                if (name.startsWith("[")) addDescriptorNames(name, out);
                else out.add(name);
            }
            for (int i = 1; i < count; i++) {
                if (utf8[i] != null && !literal.get(i)) addDescriptorNames(utf8[i], out);
            }
        } catch (IOException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void addDescriptorNames(String s, Set<String> out) {
        if (s.indexOf('L') < 0) return;
        Matcher m = DESCRIPTOR_NAME.matcher(s);
        while (m.find()) out.add(m.group(1));
    }

    /** The package of an internal class name, dotted ({@code io/orderflow/market/Tick} -> {@code io.orderflow.market}). */
    static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    }
}
