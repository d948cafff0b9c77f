package dev.migrata.processor.read;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.Identifiers;
import dev.migrata.schema.model.SqlTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Maps a field's Java type and its {@code @Column}/{@code @Vector} attributes to the canonical SQL
 * type (DESIGN §1), reporting what cannot be mapped. Types are matched by qualified name so the
 * processor depends neither on pgvector nor on the runtime.
 */
final class TypeMapper {

    /** The largest {@code varchar(n)} PostgreSQL accepts. */
    static final int MAX_VARCHAR = 10_485_760;

    /** The largest {@code numeric} precision PostgreSQL accepts. */
    static final int MAX_NUMERIC_PRECISION = 1000;

    private static final Set<String> INTEGER_TYPES = Set.of("smallint", "integer", "bigint");

    private static final Map<String, String> DECLARED = Map.ofEntries(
            Map.entry("java.lang.Integer", "integer"),
            Map.entry("java.lang.Long", "bigint"),
            Map.entry("java.lang.Short", "smallint"),
            Map.entry("java.lang.Boolean", "boolean"),
            Map.entry("java.lang.Double", "double precision"),
            Map.entry("java.lang.Float", "real"),
            Map.entry("java.util.UUID", "uuid"),
            Map.entry("java.time.Instant", "timestamptz"),
            Map.entry("java.time.OffsetDateTime", "timestamptz"),
            Map.entry("java.time.LocalDateTime", "timestamp"),
            Map.entry("java.time.LocalDate", "date"),
            Map.entry("java.time.LocalTime", "time"));

    private static final Map<String, String> VECTOR_CLASSES = Map.of(
            AnnotationNames.PG_VECTOR, "vector",
            AnnotationNames.PG_HALFVEC, "halfvec",
            AnnotationNames.PG_SPARSEVEC, "sparsevec",
            AnnotationNames.PG_BIT, "bit");

    /**
     * What a field maps to.
     *
     * @param type the SQL type, or {@code null} when it cannot be mapped (reported, or an
     *     unresolved Java type javac already reported)
     * @param primitive whether the Java type is primitive, so the column is NOT NULL
     * @param enumConstants the constants of an enum type, else empty
     * @param vectorKind the pgvector kind of a {@code @Vector} column, else {@code null}
     * @param dimensions the {@code @Vector} dimensions, else 0
     * @param pgEnum the native enum type of a {@code @PgEnum} enum column, else {@code null}
     */
    record Mapping(
            String type,
            boolean primitive,
            List<String> enumConstants,
            String vectorKind,
            int dimensions,
            PgEnumRead pgEnum) {

        static final Mapping NONE = new Mapping(null, false, List.of(), null, 0);

        /** A mapping to a type other than a native enum. */
        Mapping(String type, boolean primitive, List<String> enumConstants, String vectorKind, int dimensions) {
            this(type, primitive, enumConstants, vectorKind, dimensions, null);
        }
    }

    private final Elements elements;
    private final OriginFactory origins;

    TypeMapper(Elements elements, OriginFactory origins) {
        this.elements = elements;
        this.origins = origins;
    }

    /** Maps the field, adding what is wrong to {@code problems}. */
    Mapping map(
            Element field,
            String description,
            AnnotationValues column,
            AnnotationValues vector,
            List<Problem> problems) {
        TypeMirror javaType = field.asType();
        if (isUnresolved(javaType)) {
            return Mapping.NONE;
        }
        String explicitType = column == null ? "" : column.string("type").strip();
        Mapping mapping;
        if (vector != null) {
            mapping = mapVector(field, description, javaType, explicitType, column, vector, problems);
        } else if (!explicitType.isEmpty()) {
            // One spelling in the model: int and integer, or VARCHAR(50) and varchar(50), are one type.
            mapping = new Mapping(
                    SqlTypes.normalize(explicitType), javaType.getKind().isPrimitive(), List.of(), null, 0);
        } else {
            mapping = mapJavaType(field, description, javaType, column, problems);
        }
        checkIdentity(field, description, column, mapping, problems);
        return mapping;
    }

    private Mapping mapVector(
            Element field,
            String description,
            TypeMirror javaType,
            String explicitType,
            AnnotationValues column,
            AnnotationValues vector,
            List<Problem> problems) {
        String javaKind = vectorKindOf(javaType);
        if (javaKind == null) {
            problems.add(Problems.vectorWrongJavaType(origins.of(field, vector), description, javaType));
            return Mapping.NONE;
        }
        if (!explicitType.isEmpty()) {
            problems.add(Problems.vectorWithColumnType(
                    origins.of(field, column, "type"), description, explicitType, javaKind + "(n)"));
            return Mapping.NONE;
        }
        int dimensions = vector.integer("dimensions", 0);
        String requested = vector.enumName("type", "DEFAULT");
        String kind = javaKind;
        if (!requested.equals("DEFAULT")) {
            String requestedKind = requested.toLowerCase(Locale.ROOT);
            boolean floatArrayAsHalfvec = javaType.getKind() == TypeKind.ARRAY && requestedKind.equals("halfvec");
            if (!requestedKind.equals(javaKind) && !floatArrayAsHalfvec) {
                problems.add(Problems.vectorTypeMismatch(
                        origins.of(field, vector, "type"),
                        requested,
                        description,
                        javaType,
                        javaKind,
                        dimensions,
                        javaKind.toUpperCase(Locale.ROOT),
                        javaClassFor(requestedKind)));
                return Mapping.NONE;
            }
            kind = requestedKind;
        }
        return new Mapping(kind + "(" + dimensions + ")", false, List.of(), kind, dimensions);
    }

    private Mapping mapJavaType(
            Element field, String description, TypeMirror javaType, AnnotationValues column, List<Problem> problems) {
        int length = column == null ? 0 : column.integer("length", 0);
        int precision = column == null ? 0 : column.integer("precision", 0);
        int scale = column == null ? 0 : column.integer("scale", 0);
        // An array or List column holds elements of one scalar type; the attributes describe that type.
        TypeMirror elementType = arrayElement(javaType);
        boolean array = elementType != null;
        TypeMirror scalarType = array ? elementType : javaType;
        String qualifiedName = qualifiedName(scalarType);
        boolean isString = "java.lang.String".equals(qualifiedName);
        boolean isDecimal = "java.math.BigDecimal".equals(qualifiedName);
        boolean ok = true;
        if (length != 0 && !isString) {
            problems.add(Problems.lengthNotString(origins.of(field, column, "length"), length, description, javaType));
            ok = false;
        }
        if ((precision != 0 || scale != 0) && !isDecimal) {
            problems.add(Problems.precisionNotNumeric(origins.of(field, column, "precision"), description, javaType));
            ok = false;
        }
        Mapping mapping = baseMapping(scalarType, qualifiedName);
        // An enum's CHECK constrains a scalar column only; arrays of arrays have no element mapping.
        if (mapping == null || (array && (isEnum(scalarType) || mapping.type().endsWith("[]")))) {
            problems.add(Problems.unsupportedType(origins.of(field), description, javaType));
            return Mapping.NONE;
        }
        if (isEnum(scalarType)) {
            mapping = nativeEnum(scalarType).orElse(mapping);
        }
        boolean noLabels = mapping.pgEnum() == null
                ? mapping.enumConstants().isEmpty()
                : mapping.pgEnum().labels().isEmpty();
        if (isEnum(scalarType) && noLabels) {
            problems.add(Problems.enumWithoutConstants(origins.of(field), description, javaType));
            return Mapping.NONE;
        }
        if (isString && length != 0) {
            if (length < 1 || length > MAX_VARCHAR) {
                problems.add(Problems.invalidLength(origins.of(field, column, "length"), length, description));
                return Mapping.NONE;
            }
            return arrayOf(plain("varchar(" + length + ")"), array);
        }
        if (isDecimal && (precision != 0 || scale != 0)) {
            String reason = numericProblem(precision, scale);
            if (reason != null) {
                problems.add(Problems.invalidPrecision(
                        origins.of(field, column, precision != 0 ? "precision" : "scale"),
                        precision,
                        scale,
                        description,
                        reason));
                return Mapping.NONE;
            }
            return arrayOf(plain("numeric(" + precision + "," + scale + ")"), array);
        }
        return ok ? arrayOf(mapping, array) : Mapping.NONE;
    }

    /**
     * The element type of a Java array (other than {@code byte[]}, which is {@code bytea}) or of a
     * {@code java.util.List<E>}, or {@code null} for any other type. A {@code float[]} reaches here
     * only without {@code @Vector}: then it is a {@code real[]}.
     */
    private static TypeMirror arrayElement(TypeMirror javaType) {
        if (javaType.getKind() == TypeKind.ARRAY) {
            TypeMirror component = ((ArrayType) javaType).getComponentType();
            return component.getKind() == TypeKind.BYTE ? null : component;
        }
        if ("java.util.List".equals(qualifiedName(javaType))) {
            List<? extends TypeMirror> arguments = ((DeclaredType) javaType).getTypeArguments();
            // A raw List or List<?> names no element type: the caller reports that it has no mapping.
            return arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED
                    ? arguments.get(0)
                    : javaType;
        }
        return null;
    }

    /** The SQL array of the element mapping when {@code array}, else the mapping itself; arrays allow NULL. */
    private static Mapping arrayOf(Mapping element, boolean array) {
        return array ? plain(SqlTypes.normalize(element.type() + "[]")) : element;
    }

    private static String numericProblem(int precision, int scale) {
        if (precision < 1 || precision > MAX_NUMERIC_PRECISION) {
            return "precision must be between 1 and " + MAX_NUMERIC_PRECISION + " (a scale needs a precision)";
        }
        if (scale < 0 || scale > precision) {
            return "scale must be between 0 and the precision";
        }
        return null;
    }

    /**
     * The native type of a {@code @PgEnum} enum, or empty for a plain enum. The column's type is the
     * type's name as SQL writes it, quoted when it must be; the labels are checked with the schema.
     */
    private Optional<Mapping> nativeEnum(TypeMirror enumType) {
        TypeElement enumClass = (TypeElement) ((DeclaredType) enumType).asElement();
        return PgEnumRead.read(elements, origins, enumClass)
                .map(pgEnum -> new Mapping(Identifiers.quote(pgEnum.name()), false, List.of(), null, 0, pgEnum));
    }

    /** The mapping of a Java type without any attribute, or {@code null} when it has none. */
    private static Mapping baseMapping(TypeMirror javaType, String qualifiedName) {
        switch (javaType.getKind()) {
            case INT:
                return primitive("integer");
            case LONG:
                return primitive("bigint");
            case SHORT:
                return primitive("smallint");
            case BOOLEAN:
                return primitive("boolean");
            case DOUBLE:
                return primitive("double precision");
            case FLOAT:
                return primitive("real");
            case ARRAY:
                TypeMirror component = ((ArrayType) javaType).getComponentType();
                return component.getKind() == TypeKind.BYTE ? plain("bytea") : null;
            case DECLARED:
                break;
            default:
                return null;
        }
        if ("java.lang.String".equals(qualifiedName)) {
            return plain("text");
        }
        if ("java.math.BigDecimal".equals(qualifiedName)) {
            return plain("numeric");
        }
        String mapped = qualifiedName == null ? null : DECLARED.get(qualifiedName);
        if (mapped != null) {
            return plain(mapped);
        }
        Element element = ((DeclaredType) javaType).asElement();
        if (element.getKind() == ElementKind.ENUM) {
            List<String> constants = new ArrayList<>();
            for (Element enclosed : element.getEnclosedElements()) {
                if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(enclosed.getSimpleName().toString());
                }
            }
            return new Mapping("text", false, constants, null, 0);
        }
        return null;
    }

    private void checkIdentity(
            Element field, String description, AnnotationValues column, Mapping mapping, List<Problem> problems) {
        if (column == null || !column.bool("identity", false) || mapping.type() == null) {
            return;
        }
        if (!INTEGER_TYPES.contains(mapping.type())) {
            problems.add(
                    Problems.identityNotInteger(origins.of(field, column, "identity"), description, mapping.type()));
        }
        String defaultValue = column.string("defaultValue");
        if (!defaultValue.isEmpty()) {
            problems.add(
                    Problems.identityWithDefault(origins.of(field, column, "defaultValue"), description, defaultValue));
        }
    }

    /** The pgvector kind a Java type holds, or {@code null} when it cannot hold a vector. */
    static String vectorKindOf(TypeMirror javaType) {
        if (javaType.getKind() == TypeKind.ARRAY
                && ((ArrayType) javaType).getComponentType().getKind() == TypeKind.FLOAT) {
            return "vector";
        }
        String name = qualifiedName(javaType);
        return name == null ? null : VECTOR_CLASSES.get(name); // Map.of rejects null keys
    }

    private static String javaClassFor(String kind) {
        switch (kind) {
            case "halfvec":
                return "com.pgvector.PGhalfvec (or float[])";
            case "sparsevec":
                return "com.pgvector.PGsparsevec";
            case "bit":
                return "com.pgvector.PGbit";
            default:
                return "float[] or com.pgvector.PGvector";
        }
    }

    /** Whether javac could not resolve the type (it reports that itself). */
    static boolean isUnresolved(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        return type.getKind() == TypeKind.ARRAY && isUnresolved(((ArrayType) type).getComponentType());
    }

    private static boolean isEnum(TypeMirror javaType) {
        return javaType.getKind() == TypeKind.DECLARED
                && ((DeclaredType) javaType).asElement().getKind() == ElementKind.ENUM;
    }

    static String qualifiedName(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        Element element = ((DeclaredType) type).asElement();
        return element instanceof TypeElement typeElement
                ? typeElement.getQualifiedName().toString()
                : null;
    }

    private static Mapping primitive(String type) {
        return new Mapping(type, true, List.of(), null, 0);
    }

    private static Mapping plain(String type) {
        return new Mapping(type, false, List.of(), null, 0);
    }
}
