package io.orderflow.packaging;

import java.security.AllPermission;
import java.security.CodeSource;
import java.security.Permission;
import java.security.PermissionCollection;
import java.security.Permissions;
import java.security.Policy;
import java.security.ProtectionDomain;

/**
 * Test security policy for the {@code .jfx} emulation: code of the sandboxed code source gets only
 * what its class loader granted it ({@link JfxLikeClassLoader}: the strategies {@code files}
 * folder) plus what the JDK's default policy grants to all code (reading {@code java.version},
 * {@code line.separator} and the like); everything else — the JDK, the test, the fake platform —
 * keeps all permissions, as the platform's own code does. Thread-safe (immutable).
 */
final class FilesFolderPolicy extends Policy {
    private final Policy jdkDefault;
    private final CodeSource sandboxed;

    FilesFolderPolicy(Policy jdkDefault, CodeSource sandboxed) {
        this.jdkDefault = jdkDefault;
        this.sandboxed = sandboxed;
    }

    private boolean isSandboxed(ProtectionDomain domain) {
        return domain != null && domain.getCodeSource() == sandboxed;
    }

    @Override
    public boolean implies(ProtectionDomain domain, Permission permission) {
        // the domain's own (class loader) permissions are checked by ProtectionDomain itself
        if (isSandboxed(domain)) return jdkDefault.implies(domain, permission);
        return true;
    }

    @Override
    public PermissionCollection getPermissions(ProtectionDomain domain) {
        if (isSandboxed(domain)) return jdkDefault.getPermissions(domain);
        Permissions all = new Permissions();
        all.add(new AllPermission());
        return all;
    }

    @Override
    public PermissionCollection getPermissions(CodeSource codesource) {
        if (codesource == sandboxed) return jdkDefault.getPermissions(codesource);
        Permissions all = new Permissions();
        all.add(new AllPermission());
        return all;
    }
}
