package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.internal.RevisionResource;
import dev.migrata.runtime.internal.SchemaDefinition;

/**
 * The runtime types generated code refers to. The processor depends on the runtime, so they are
 * named by class literal: a rename there fails this module's compile, not the application's.
 */
final class RuntimeTypes {

    static final ClassName MIGRATION = ClassName.get(Migration.class);
    static final ClassName REVISION_RESOURCE = ClassName.get(RevisionResource.class);
    static final ClassName MIGRATION_CHAIN = ClassName.get(MigrationChain.class);
    static final ClassName SCHEMA_DEFINITION = ClassName.get(SchemaDefinition.class);

    private RuntimeTypes() {}
}
