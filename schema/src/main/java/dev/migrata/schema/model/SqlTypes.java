package dev.migrata.schema.model;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the parts of a canonical SQL type that the stages reason about (pgvector kinds, sizes). */
public final class SqlTypes {

    private static final Pattern VECTOR = Pattern.compile("(vector|halfvec|sparsevec|bit)\\((\\d+)\\)");

    private SqlTypes() {}

    /** Whether the type is one of pgvector's: {@code vector(n)}, {@code halfvec(n)}, {@code sparsevec(n)}. */
    public static boolean isVectorType(String type) {
        Matcher m = VECTOR.matcher(type);
        return m.matches() && !m.group(1).equals("bit");
    }

    /** The pgvector kind ({@code vector}, {@code halfvec}, {@code sparsevec}, {@code bit}) or {@code null}. */
    public static String vectorKind(String type) {
        Matcher m = VECTOR.matcher(type);
        return m.matches() ? m.group(1) : null;
    }

    /** The dimensions of a {@code vector(n)}-like type, empty for other types. */
    public static OptionalInt dimensions(String type) {
        Matcher m = VECTOR.matcher(type);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
    }
}
