package dev.migrata.cli.scaffold;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * What the scaffold declares for one trigger: an {@code @Trigger} interface.
 *
 * @param name the trigger's name
 * @param className the interface
 * @param table the {@code @Table} record of its table
 * @param timing {@code BEFORE} or {@code AFTER}
 * @param events its events in SQL words, in the server's order
 * @param forEachRow whether it fires for each row, else for each statement
 * @param function the {@code @SqlFunction} interface of the function it executes
 * @param when its {@code WHEN} condition as the server prints it, {@code ""} when none
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
