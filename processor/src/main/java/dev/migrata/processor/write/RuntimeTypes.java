package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;

/**
 * The runtime types generated code refers to, by name: the processor does not depend on the
 * runtime module, the compiled application does.
 */
final class RuntimeTypes {

    static final String PACKAGE = "dev.migrata.runtime";
    static final ClassName MIGRATION = ClassName.get(PACKAGE, "Migration");
    static final ClassName MIGRATION_STEP = ClassName.get(PACKAGE, "MigrationStep");
    static final ClassName MIGRATION_CHAIN = ClassName.get(PACKAGE, "MigrationChain");
    static final ClassName DATA_MIGRATION = ClassName.get(PACKAGE, "DataMigration");
    static final ClassName SCHEMA_DEFINITION = ClassName.get(PACKAGE, "SchemaDefinition");

    private RuntimeTypes() {}
}
