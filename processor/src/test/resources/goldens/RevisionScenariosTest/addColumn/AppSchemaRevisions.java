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
         * Revision {@code 002_add_age}.
         */
        Migration ADD_AGE = Part0Revisions.REVISIONS[1];
    }

    /**
     * Revisions 1 to 2, created when the first of them is used.
     */
    static final class Part0Revisions {
        static final Migration[] REVISIONS = {
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:9a3f4bb0d88f2b7e24176425acaf5003e9b9db860d4b05bb5dfaf2ace43884bd", "sha256:e60b6c90fee5938214b481266688e9e82b4a2ff357a9894e5f051fd7c52d9976", "sha256:5e62e451bc42f47b93e0f94c4b8546e6644d54bc1e02a336c9678e66be2be617"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_add_age", "001_initial_schema", "add users.age", "sha256:48709feabf55fafed2c60ebe3173c7865551758696605e14cc8f46a527e65338", "sha256:ba401b6a63432eaea0b99e183187cde3acb7d5fd6263d20b0844fc8e72e78771", "sha256:c9e963877a29c11f1ba0aecbd9b4e318cd5e57b1c6c289f9504a887a8f6227a4"),
        };

        private Part0Revisions() {
        }
    }
}
