package dev.migrata.cli.scaffold;

import com.palantir.javapoet.ClassName;

/**
 * What the scaffold declares for one view: an {@code @View} interface.
 *
 * @param name the view's name, without its schema
 * @param className the interface
 * @param query the query as the server prints it, without the trailing {@code ;}
 * @param materialized whether it is a materialized view
 */
record ViewPlan(String name, ClassName className, String query, boolean materialized) {}
