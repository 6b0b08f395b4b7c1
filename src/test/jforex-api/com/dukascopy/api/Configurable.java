/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Strategy parameter shown before start (public field). RUNTIME / FIELD, all attributes of jforex-api.md 3.11. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Configurable {

    /** Label shown in the dialog (required). */
    String value();

    String fileType() default "";

    double stepSize() default 0;

    boolean obligatory() default false;

    boolean readOnly() default false;

    String description() default "";

    boolean datetimeAsLong() default false;

    String[] options() default {};

    boolean modifiable() default false;

    boolean hidden() default false;
}
