package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a trigger of the schema on a class or interface listed in {@link Schema#triggers()}:
 * {@code CREATE TRIGGER <name> <timing> <events> ON <table> FOR EACH ROW|STATEMENT [WHEN
 * (<when>)] EXECUTE FUNCTION <function>()}. Created after its table and function, dropped before
 * them; any change drops and creates it again.
 *
 * <pre>{@code
 * @Trigger(name = "notes_updated_at", table = Note.class, events = TriggerEvent.UPDATE,
 *     function = SetUpdatedAt.class)
 * interface NotesUpdatedAt {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Trigger {

    /**
     * The trigger name, unique per table in PostgreSQL and per schema here. Default {@code ""}: the
     * snake_case of the class's simple name.
     */
    String name() default "";

    /** The {@link Table} class the trigger is on; it must be listed in {@link Schema#tables()}. Required. */
    Class<?> table();

    /** When it fires. Default {@link TriggerTiming#BEFORE}. */
    TriggerTiming timing() default TriggerTiming.BEFORE;

    /** The events it fires on, joined by {@code OR}. Default {@code {TriggerEvent.UPDATE}}. */
    TriggerEvent[] events() default {TriggerEvent.UPDATE};

    /** {@code true}: {@code FOR EACH ROW}; {@code false}: {@code FOR EACH STATEMENT}. Default {@code true}. */
    boolean forEachRow() default true;

    /**
     * The {@link SqlFunction} class whose function it executes (it returns {@code trigger}); it must be
     * listed in {@link Schema#functions()}. Required.
     */
    Class<?> function();

    /** The {@code WHEN} condition, e.g. {@code "OLD.* IS DISTINCT FROM NEW.*"}. Default {@code ""}: none. */
    String when() default "";
}
