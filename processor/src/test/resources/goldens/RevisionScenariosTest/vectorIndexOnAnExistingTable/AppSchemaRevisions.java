package app;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.internal.RevisionResource;
import javax.annotation.processing.Generated;

/**
 * The revisions of {@link AppSchemaMigrations}, in parts of 100, root first. Each part is an interface of typed
 * constants, which the chain class implements, and a class that creates the part's revisions
 * when one of them is first used: loading the chain creates only the head's part.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
final class AppSchemaRevisions {
    private AppSchemaRevisions() {
    }

    /**
     * Part {@code index}'s revisions, in chain order.
     */
    static Migration[] part(int index) {
        switch (index) {
            case 0:
                return Part0Revisions.REVISIONS;
            default:
                throw new IndexOutOfBoundsException(index);
        }
    }

    /**
     * Revisions 1 to 2, a constant each.
     */
    public interface Part0 {
        /**
         * Revision {@code 001_initial_schema}.
         */
        Migration INITIAL_SCHEMA = Part0Revisions.REVISIONS[0];

        /**
         * Revision {@code 002_add_embedding}.
         */
        Migration ADD_EMBEDDING = Part0Revisions.REVISIONS[1];
    }

    /**
     * Revisions 1 to 2, created when the first of them is used.
     */
    static final class Part0Revisions {
        static final Migration[] REVISIONS = {
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:fd2c8a66808fec2d454e749a376d28976f9b71e2ab2ee459f506eeffa7a80f32", "sha256:d168f78d1f02b3905220e5c7dc6410d3b68da954988be3a3a7ba847dec95ead3", "sha256:a2c0cde35e000350f39100fe833e3c602b7ae8facdd5f0eba5e1920ed415ceb3"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_add_embedding", "001_initial_schema", "embeddings and their HNSW index", "sha256:87afba169d65f5d57b9b19f1870b071a3669c472fef49e629e7d8e34a768a937", "sha256:2308b84f9d4d7f10400cc00069a7bdae486b5877021249f34d8a014f438ab551", "sha256:513c5e2dc2c6605849b35d90edd0279ae464b5c6b064be5be33d218f4c06673f"),
        };

        private Part0Revisions() {
        }
    }
}
