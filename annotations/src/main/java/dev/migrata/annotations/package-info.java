/**
 * The annotations a Migrata schema is declared with: {@link dev.migrata.annotations.Schema} names
 * the tables and the head of the revision chain, {@link dev.migrata.annotations.Table} and
 * {@link dev.migrata.annotations.Column} describe the schema at the head, and
 * {@link dev.migrata.annotations.Revision} with its directives ({@link
 * dev.migrata.annotations.RenameTable}, {@link dev.migrata.annotations.RenameColumn}, {@link
 * dev.migrata.annotations.DropTable}, {@link dev.migrata.annotations.DropColumn}, {@link
 * dev.migrata.annotations.ChangeType}, {@link dev.migrata.annotations.Sql}) describes the history.
 *
 * <p>All annotations have {@code CLASS} retention: the annotation processor reads them at compile
 * time, from sources or from compiled classes on the class path, and nothing reads them at run
 * time. This module has no dependencies.
 *
 * <p><b>Name clash:</b> {@link dev.migrata.annotations.Vector} has the same simple name as {@code
 * java.util.Vector}. A file with both {@code import java.util.*;} and {@code import
 * dev.migrata.annotations.*;} cannot use the simple name {@code Vector} (javac reports it as
 * ambiguous); import {@code dev.migrata.annotations.Vector} explicitly, or write the qualified name.
 */
package dev.migrata.annotations;
