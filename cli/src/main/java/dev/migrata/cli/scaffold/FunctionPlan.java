package dev.migrata.cli.scaffold;

import com.palantir.javapoet.ClassName;

/**
 * What the scaffold declares for one plain function: an {@code @SqlFunction} interface.
 *
 * @param name the function's name, without its schema
 * @param className the interface
 * @param arguments the argument list with names, modes and defaults, without parentheses
 * @param returns the result type as the server prints it
 * @param language {@code plpgsql} or {@code sql}
 * @param body the body as stored ({@code prosrc})
 */
record FunctionPlan(String name, ClassName className, String arguments, String returns, String language, String body) {}
