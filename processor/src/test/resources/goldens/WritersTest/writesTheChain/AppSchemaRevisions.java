package app;

import app.revisions.Backfill;
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
         * Revision {@code 002_backfill}.
         */
        Migration BACKFILL = Part0Revisions.REVISIONS[1];
    }

    /**
     * Revisions 1 to 2, created when the first of them is used.
     */
    static final class Part0Revisions {
        static final Migration[] REVISIONS = {
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:5bbf69ebfea33063165c685c6a41b1a849bc7edb62bd442a8e0180f741e9fc28", "sha256:1e975124539642c9ecf81f7af26d067f24abb3b72648b7e2d4ba7ff8e998174f", "sha256:c96eb6070be674ff7e9e45c48e64cd7474c8d0b004d6d47c5600d1f340422658"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_backfill", "001_initial_schema", "backfill \"notes\"", "sha256:3c1b4544d89226e8db0cb9cb1c9bbfd4e97a4c010e191767052265f82c51ec97", "sha256:7b2f0c9d073cfbf3d4ea1cc9b74e874ac5dfd7eef34fc9995ab4e5480cc604b5", "sha256:445949145dfcea01f4a411934b81ace37a86d6e5fedf687f845d4e776994857c", "app.revisions.Backfill", Backfill::new),
        };

        private Part0Revisions() {
        }
    }
}
