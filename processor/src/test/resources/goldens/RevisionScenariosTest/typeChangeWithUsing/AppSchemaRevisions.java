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
         * Revision {@code 002_score_to_integer}.
         */
        Migration SCORE_TO_INTEGER = Part0Revisions.REVISIONS[1];
    }

    /**
     * Revisions 1 to 2, created when the first of them is used.
     */
    static final class Part0Revisions {
        static final Migration[] REVISIONS = {
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:47f1c2ad6891b8e3e37acbb5df00a6c22c6494b9b39aa5e7c8d9783cb57c8e1a", "sha256:96013a80a5bbb16aec166a28fe546af48b1008de567db569bf1929b1f2e3007f", "sha256:9c4525a8909dfc2bfa584e5d87afcd15fb4430af0337982d8d5e61065a9236ed"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_score_to_integer", "001_initial_schema", "score becomes a number", "sha256:c9bf8dea7378a525e822072f02fd9a1d159f0c652d9bf5dc7c467385ef3192e4", "sha256:668cecc2ab36b51613ffeb4b81015e8db07123d3f6698b1f30b792b5cd03c7c7", "sha256:7fe98a5722b9f0619c63cfe01fa0d754b6d0b6bb9cb0d7098dce44f1f9e49757"),
        };

        private Part0Revisions() {
        }
    }
}
