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
         * Revision {@code 002_add_deleted_status}.
         */
        Migration ADD_DELETED_STATUS = Part0Revisions.REVISIONS[1];
    }

    /**
     * Revisions 1 to 2, created when the first of them is used.
     */
    static final class Part0Revisions {
        static final Migration[] REVISIONS = {
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:5830129b9b881601e5586a75f5e782ace8b1e998448fa5a673f08ba5432df5f6", "sha256:67bbfdeb09de8f1edf80523f68dc71e5f096ab99c555a995536d220ac7eaecbe", "sha256:be195d0f0c23a23ac11fd8ac477a5f6ecee13acbe91543529d968087dfe3261d"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_add_deleted_status", "001_initial_schema", "status DELETED", "sha256:b0442e71f9f2f671da91b2a11d69082934910694f2531d8d713fea3b9c9638c4", "sha256:95a0dd5afd7e0883c2a1fdbe7118848f3a8144001846846ca5a12ee9b8e91e72", "sha256:30a875aa3f56b3d13fc74e2ffc9ec08acc43ced693e3c1c294a71b580e0ac26f"),
        };

        private Part0Revisions() {
        }
    }
}
