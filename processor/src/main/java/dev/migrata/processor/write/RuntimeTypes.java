package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;

/**
 * The runtime types generated code refers to, by name: the application compiles against them; the
 * processor itself uses the runtime only to write the head schema's text form.
 */
final class RuntimeTypes {

    static final String PACKAGE = "dev.migrata.runtime";
    static final ClassName MIGRATION = ClassName.get(PACKAGE, "Migration");
    static final ClassName DEFERRED_MIGRATION = ClassName.get(PACKAGE, "DeferredMigration");
    static final ClassName MIGRATION_STEP = ClassName.get(PACKAGE, "MigrationStep");
    static final ClassName MIGRATION_CHAIN = ClassName.get(PACKAGE, "MigrationChain");
    static final ClassName DATA_MIGRATION = ClassName.get(PACKAGE, "DataMigration");
    static final ClassName SCHEMA_DEFINITION = ClassName.get(PACKAGE, "SchemaDefinition");

    private RuntimeTypes() {}
}
