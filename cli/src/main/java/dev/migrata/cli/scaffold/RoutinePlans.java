package dev.migrata.cli.scaffold;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** What the scaffold declares for the functions and triggers of a schema. */
final class RoutinePlans {

    private RoutinePlans() {}

    /**
     * An {@code @SqlFunction} interface.
     *
     * @param name the function's name, without its schema
     * @param className the interface
     * @param arguments the argument list with names, modes and defaults ({@code pg_get_function_arguments})
     * @param returns the result type as the server prints it
     * @param language {@code plpgsql} or {@code sql}
     * @param body the body as stored ({@code prosrc}), written between the dollar quotes
     */
    record FunctionPlan(
            String name, ClassName className, String arguments, String returns, String language, String body) {}

    /**
     * An {@code @Trigger} interface.
     *
     * @param name the trigger's name
     * @param className the interface
     * @param table the {@code @Table} record of the table it fires on
     * @param timing {@code BEFORE} or {@code AFTER}
     * @param events {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code TRUNCATE}
     * @param forEachRow whether it fires for each row
     * @param function the {@code @SqlFunction} interface it executes
     * @param when its {@code WHEN} condition, {@code ""} for none
     */
    record TriggerPlan(
            String name,
            ClassName className,
            ClassName table,
            String timing,
            List<String> events,
            boolean forEachRow,
            ClassName function,
            String when) {}
}
