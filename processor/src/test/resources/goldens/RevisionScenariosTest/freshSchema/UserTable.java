package app;

import javax.annotation.processing.Generated;

/**
 * Names of table {@code users}, declared by {@link User}.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class UserTable {
    /**
     * The table's name.
     */
    public static final String NAME = "users";

    /**
     * Column {@code id}.
     */
    public static final String ID = "id";

    /**
     * Column {@code email}.
     */
    public static final String EMAIL = "email";

    /**
     * Column {@code name}.
     */
    public static final String NAME_COLUMN = "name";

    /**
     * Column {@code created_at}.
     */
    public static final String CREATED_AT = "created_at";

    private UserTable() {
    }
}
