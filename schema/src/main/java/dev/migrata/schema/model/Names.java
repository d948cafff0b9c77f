package dev.migrata.schema.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Deterministic names: snake_case of Java names, and constraint and index names that fit
 * PostgreSQL's 63-byte identifier limit. The server would silently truncate a longer name, and two
 * long names could then collide; a name over the limit is shortened here instead, to a prefix plus a
 * short hash of the whole name, so it stays unique and never changes between builds.
 */
public final class Names {

    /** PostgreSQL's NAMEDATALEN - 1. */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    private static final int HASH_CHARS = 8;

    private Names() {}

    /** {@code fullName} → {@code full_name}, {@code HTTPServer} → {@code http_server}, {@code userID} → {@code user_id}. */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 8);
        char[] chars = javaName.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isUpperCase(c)) {
                boolean previousIsLowerOrDigit =
                        i > 0 && (Character.isLowerCase(chars[i - 1]) || Character.isDigit(chars[i - 1]));
                boolean acronymEnds = i > 0
                        && Character.isUpperCase(chars[i - 1])
                        && i + 1 < chars.length
                        && Character.isLowerCase(chars[i + 1]);
                if ((previousIsLowerOrDigit || acronymEnds)
                        && out.length() > 0
                        && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code pk_<table>}. */
    public static String primaryKey(String table) {
        return fit("pk_" + table);
    }

    /** {@code fk_<table>_<columns>_<referenced table>}. */
    public static String foreignKey(String table, List<String> columns, String referencedTable) {
        return fit("fk_" + table + "_" + String.join("_", columns) + "_" + referencedTable);
    }

    /** {@code uq_<table>_<columns>}. */
    public static String unique(String table, List<String> columns) {
        return fit("uq_" + table + "_" + String.join("_", columns));
    }

    /** {@code ix_<table>_<columns>}. */
    public static String index(String table, List<String> columns) {
        return fit("ix_" + table + "_" + String.join("_", columns));
    }

    /**
     * {@code ix_<table>_<8 hex digits of the SHA-256 of the expression>}: the name of an index whose
     * key list is an expression, from which no readable name follows. The same expression always
     * gives the same name.
     */
    public static String expressionIndex(String table, String expression) {
        return fit("ix_" + table + "_" + sha256Hex(expression).substring(0, HASH_CHARS));
    }

    /** {@code ck_<table>_<column>}. */
    public static String check(String table, String column) {
        return fit("ck_" + table + "_" + column);
    }

    /**
     * {@code ck_<table>_<hash>}: a table-level CHECK, whose expression cannot be reduced to a column
     * without parsing SQL; the hash is the first 8 hex characters of the SHA-256 of the expression as
     * written, so the name is stable until the expression changes (and a changed expression is a
     * new constraint anyway).
     */
    public static String tableCheck(String table, String expression) {
        return fit("ck_" + table + "_" + sha256Hex(expression).substring(0, HASH_CHARS));
    }

    /**
     * {@code ck_<table>_<column>_not_null}: the check that proves a column holds no NULL, so that
     * {@code SET NOT NULL} need not scan the table; it exists only while the column is made NOT NULL.
     */
    public static String notNullCheck(String table, String column) {
        return fit("ck_" + table + "_" + column + "_not_null");
    }

    /**
     * The name itself when it fits in 63 bytes; otherwise its longest prefix that leaves room for
     * {@code _} and 8 hex characters of the SHA-256 of the whole name.
     */
    public static String fit(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_IDENTIFIER_BYTES) {
            return name;
        }
        String hash = sha256Hex(name).substring(0, HASH_CHARS);
        int budget = MAX_IDENTIFIER_BYTES - 1 - HASH_CHARS;
        StringBuilder prefix = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            prefix.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return prefix + "_" + hash;
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes. */
    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
