package dev.migrata.cli.scaffold;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.migrata.schema.model.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java type of a column, chosen so that the annotation processor maps it back to the same SQL
 * type (the inverse of its type mapping), with the {@code @Column}/{@code @Vector} attributes that
 * complete it. A type it has no Java type for keeps its SQL spelling in {@code @Column(type)} on a
 * {@code String}.
 *
 * @param javaType the record component's type
 * @param length {@code @Column(length)}, or 0
 * @param precision {@code @Column(precision)}, or 0
 * @param scale {@code @Column(scale)}, or 0
 * @param explicitType {@code @Column(type)}, or {@code null}
 * @param vectorDimensions {@code @Vector(dimensions)}, or 0 for no {@code @Vector}
 * @param vectorType the {@code VectorType} constant when not derived from the Java type, or {@code null}
 */
record JavaColumnType(
        TypeName javaType,
        int length,
        int precision,
        int scale,
        String explicitType,
        int vectorDimensions,
        String vectorType) {

    private static final Pattern VARCHAR = Pattern.compile("varchar\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");
    private static final Pattern VECTOR = Pattern.compile("(vector|halfvec|sparsevec)\\((\\d+)\\)");

    /** Canonical SQL type → boxed Java type, and the primitive for a NOT NULL column where there is one. */
    private static final Map<String, TypeName> BOXED = Map.ofEntries(
            Map.entry("integer", ClassName.get(Integer.class)),
            Map.entry("bigint", ClassName.get(Long.class)),
            Map.entry("smallint", ClassName.get(Short.class)),
            Map.entry("boolean", ClassName.get(Boolean.class)),
            Map.entry("double precision", ClassName.get(Double.class)),
            Map.entry("real", ClassName.get(Float.class)),
            Map.entry("text", ClassName.get(String.class)),
            Map.entry("numeric", ClassName.get(BigDecimal.class)),
            Map.entry("uuid", ClassName.get(UUID.class)),
            Map.entry("timestamptz", ClassName.get(OffsetDateTime.class)),
            Map.entry("timestamp", ClassName.get(LocalDateTime.class)),
            Map.entry("date", ClassName.get(LocalDate.class)),
            Map.entry("time", ClassName.get(LocalTime.class)));

    private static final ClassName PG_SPARSEVEC = ClassName.get("com.pgvector", "PGsparsevec");

    /**
     * The Java type for a column of SQL type {@code sqlType} ({@code format_type}'s spelling).
     *
     * @param notNull whether the column is NOT NULL, so a primitive can hold it
     * @param enumClass the class of the native enum type the column has, or {@code null}
     */
    static JavaColumnType of(String sqlType, boolean notNull, ClassName enumClass) {
        if (enumClass != null) {
            return plain(enumClass);
        }
        String canonical = SqlTypes.normalize(sqlType);
        Matcher vector = VECTOR.matcher(canonical);
        if (vector.matches()) {
            int dimensions = Integer.parseInt(vector.group(2));
            return switch (vector.group(1)) {
                case "vector" -> new JavaColumnType(ArrayTypeName.of(TypeName.FLOAT), 0, 0, 0, null, dimensions, null);
                case "halfvec" ->
                    new JavaColumnType(ArrayTypeName.of(TypeName.FLOAT), 0, 0, 0, null, dimensions, "HALFVEC");
                default -> new JavaColumnType(PG_SPARSEVEC, 0, 0, 0, null, dimensions, null);
            };
        }
        if (canonical.equals("bytea")) {
            return plain(ArrayTypeName.of(TypeName.BYTE));
        }
        boolean array = canonical.endsWith("[]");
        String element = array ? canonical.substring(0, canonical.length() - 2) : canonical;
        JavaColumnType scalar = scalar(element);
        if (scalar == null || element.endsWith("[]")) {
            return new JavaColumnType(ClassName.get(String.class), 0, 0, 0, sqlType, 0, null);
        }
        if (array) {
            return new JavaColumnType(
                    ParameterizedTypeName.get(ClassName.get(List.class), scalar.javaType),
                    scalar.length,
                    scalar.precision,
                    scalar.scale,
                    null,
                    0,
                    null);
        }
        if (notNull && scalar.javaType.isBoxedPrimitive()) {
            return plain(scalar.javaType.unbox());
        }
        return scalar;
    }

    /** Whether the processor maps the Java type itself, without {@code @Column(type)}. */
    boolean mapped() {
        return explicitType == null;
    }

    private static JavaColumnType scalar(String canonical) {
        Matcher varchar = VARCHAR.matcher(canonical);
        if (varchar.matches()) {
            return new JavaColumnType(
                    ClassName.get(String.class), Integer.parseInt(varchar.group(1)), 0, 0, null, 0, null);
        }
        Matcher numeric = NUMERIC.matcher(canonical);
        if (numeric.matches()) {
            return new JavaColumnType(
                    ClassName.get(BigDecimal.class),
                    0,
                    Integer.parseInt(numeric.group(1)),
                    Integer.parseInt(numeric.group(2)),
                    null,
                    0,
                    null);
        }
        TypeName boxed = BOXED.get(canonical);
        return boxed == null ? null : plain(boxed);
    }

    private static JavaColumnType plain(TypeName type) {
        return new JavaColumnType(type, 0, 0, 0, null, 0, null);
    }
}
