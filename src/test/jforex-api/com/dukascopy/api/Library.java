/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Jar(s) the platform compiler adds to the classpath; read from the SOURCE text only (jforex-api.md 4.2).
 * SOURCE / TYPE: it is absent from class files.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Library {

    /** Path(s) of the library jar(s), separated by File.pathSeparator; a bare name resolves in the files folder. */
    String value();
}
