package dev.migrata.schema.model;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names PostgreSQL 15 gives constraints declared without one, so a model can name its
 * constraints as a database built without constraint names (by Alembic/SQLAlchemy without a naming
 * convention, by hand-written DDL) already has them: {@code users_pkey}, {@code users_email_key},
 * {@code orders_user_id_fkey}, {@code jobs_status_check}.
 *
 * <p>The rules are the server's: {@code makeObjectName} joins {@code name1_name2_label} and, when
 * that exceeds 63 bytes, cuts the longer of the two names first (byte by byte, then back to a
 * character boundary); a name already taken in the PostgreSQL schema gets {@code label1},
 * {@code label2}, … instead of {@code label}. A primary key or unique constraint also creates an
 * index, so its name must be free among the schema's relations too.
 */
public final class PostgresNames {

    private PostgresNames() {}

    /**
     * PostgreSQL's {@code makeObjectName}: {@code name1_name2_label} within 63 bytes.
     *
     * @param name1 the table name
     * @param name2 the column part, or {@code null} for none (a primary key)
     * @param label {@code pkey}, {@code key}, {@code fkey}, {@code check}, possibly numbered
     */
    public static String makeObjectName(String name1, String name2, String label) {
        byte[] first = name1.getBytes(StandardCharsets.UTF_8);
        byte[] second = name2 == null ? new byte[0] : name2.getBytes(StandardCharsets.UTF_8);
        int overhead = (name2 == null ? 0 : 1) + label.getBytes(StandardCharsets.UTF_8).length + 1;
        int available = Names.MAX_IDENTIFIER_BYTES - overhead;
        int firstBytes = first.length;
        int secondBytes = second.length;
        // The server's loop: the longer part loses a byte; on a tie the second does.
        while (firstBytes + secondBytes > available) {
            if (firstBytes > secondBytes) {
                firstBytes--;
            } else {
                secondBytes--;
            }
        }
        StringBuilder name = new StringBuilder(clip(first, firstBytes));
        if (name2 != null) {
            name.append('_').append(clip(second, secondBytes));
        }
        return name.append('_').append(label).toString();
    }

    /**
     * PostgreSQL's {@code ChooseIndexNameAddition} (and its foreign-key twin): the column names
     * joined by {@code _}, stopping once the text reaches 64 bytes, since more would be cut anyway.
     */
    public static String columnsPart(List<String> columns) {
        StringBuilder part = new StringBuilder();
        int bytes = 0;
        for (String column : columns) {
            if (bytes > 0) {
                part.append('_');
                bytes++;
            }
            part.append(column);
            bytes += column.getBytes(StandardCharsets.UTF_8).length;
            if (bytes >= Names.MAX_IDENTIFIER_BYTES + 1) {
                break;
            }
        }
        return part.toString();
    }

    /** The longest prefix of at most {@code bytes} bytes that ends on a character boundary ({@code pg_mbcliplen}). */
    private static String clip(byte[] utf8, int bytes) {
        int end = bytes;
        // A UTF-8 continuation byte is 10xxxxxx: step back to the start of the character it belongs to.
        while (end > 0 && end < utf8.length && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }

    /**
     * The names taken in one PostgreSQL schema, in the order the server would create them. Each
     * {@code choose…} call takes the name it returns, as creating the constraint would.
     */
    public static final class Namespace {

        private final Set<String> relations = new HashSet<>();
        private final Set<String> constraints = new HashSet<>();

        /** Takes a relation name (a table, index or sequence) that exists before the constraints are named. */
        public void takeRelation(String name) {
            relations.add(name);
        }

        /** Takes a constraint name given explicitly. */
        public void takeConstraint(String name) {
            constraints.add(name);
        }

        /** {@code <table>_pkey}: PostgreSQL's {@code ChooseIndexName} for a primary key. */
        public String primaryKey(String table) {
            return chooseRelationName(table, null, "pkey");
        }

        /** {@code <table>_<columns>_key}: {@code ChooseIndexName} for a unique constraint. */
        public String unique(String table, List<String> columns) {
            return chooseRelationName(table, columnsPart(columns), "key");
        }

        /** {@code <table>_<columns>_fkey}: {@code ChooseConstraintName} for a foreign key. */
        public String foreignKey(String table, List<String> columns) {
            return chooseConstraintName(table, columnsPart(columns), "fkey");
        }

        /** {@code <table>_<column>_check}: {@code ChooseConstraintName} for a CHECK on one column. */
        public String check(String table, String column) {
            return chooseConstraintName(table, column, "check");
        }

        /**
         * {@code <table>_check}, {@code <table>_check1}, …: {@code ChooseConstraintName} for a table
         * CHECK. The server names a check whose expression reads exactly one column {@code
         * <table>_<column>_check} instead; such a check is declared with {@code @Column(check)}.
         */
        public String tableCheck(String table) {
            return chooseConstraintName(table, null, "check");
        }

        /** {@code ChooseRelationName} with {@code isconstraint}: free among relations and constraints. */
        private String chooseRelationName(String name1, String name2, String label) {
            for (int pass = 0; ; pass++) {
                String name = makeObjectName(name1, name2, pass == 0 ? label : label + pass);
                if (!relations.contains(name) && !constraints.contains(name)) {
                    relations.add(name);
                    constraints.add(name);
                    return name;
                }
            }
        }

        /** {@code ChooseConstraintName}: free among the schema's constraints. */
        private String chooseConstraintName(String name1, String name2, String label) {
            for (int pass = 0; ; pass++) {
                String name = makeObjectName(name1, name2, pass == 0 ? label : label + pass);
                if (!constraints.contains(name)) {
                    constraints.add(name);
                    return name;
                }
            }
        }
    }
}
