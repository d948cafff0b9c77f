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
         * Revision {@code 002_rename_name}.
         */
        Migration RENAME_NAME = Part0Revisions.REVISIONS[1];
    }

    /**
     * Revisions 1 to 2, created when the first of them is used.
     */
    static final class Part0Revisions {
        static final Migration[] REVISIONS = {
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:9a3f4bb0d88f2b7e24176425acaf5003e9b9db860d4b05bb5dfaf2ace43884bd", "sha256:e60b6c90fee5938214b481266688e9e82b4a2ff357a9894e5f051fd7c52d9976", "sha256:5e62e451bc42f47b93e0f94c4b8546e6644d54bc1e02a336c9678e66be2be617"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_rename_name", "001_initial_schema", "rename users.name", "sha256:0850ff3523da5a8479fac657b2d2b51da17dbdab63cd41bafd408c15dd582667", "sha256:83a518836980312a670ed69441f38c343198c5727780e98da555091f3f316ce0", "sha256:3517276bf6bb5709025b413d4231218205aa24523fa58ef8f3eab625eef96fa8"),
        };

        private Part0Revisions() {
        }
    }
}
