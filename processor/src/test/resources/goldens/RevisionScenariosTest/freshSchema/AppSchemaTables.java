package app;

import javax.annotation.processing.Generated;

/**
 * Names of the tables of schema {@code app_schema}, declared by {@link AppSchema}: one nested class per table.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class AppSchemaTables {
    private AppSchemaTables() {
    }

    /**
     * Table {@code users}, declared by {@link User}: {@code NAME} is the table's name, the other constants its columns'.
     */
    public static final class UserTable {
        public static final String NAME = "users";

        public static final String ID = "id";

        public static final String EMAIL = "email";

        public static final String NAME_COLUMN = "name";

        public static final String CREATED_AT = "created_at";

        private UserTable() {
        }
    }
}
