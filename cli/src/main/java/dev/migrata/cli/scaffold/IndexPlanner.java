package dev.migrata.cli.scaffold;

import dev.migrata.cli.scaffold.TablePlan.IndexPlan;
import dev.migrata.cli.scaffold.TablePlan.VectorIndexPlan;
import dev.migrata.runtime.internal.SchemaDefinition;
import dev.migrata.schema.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code @Index} and {@code @VectorIndex} declarations of one table's indexes: a pgvector index
 * on one vector column becomes that column's {@code @VectorIndex}; any other index of a method
 * {@code @Index} takes becomes an {@code @Index} of columns, or of its key list as an expression
 * when the keys are more than column names. The rest is noted.
 */
final class IndexPlanner {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")+\"");
    private static final Set<String> INDEX_METHODS = Set.of("btree", "gin", "gist", "brin", "hash");
    private static final Set<String> VECTOR_METHODS = Set.of("hnsw", "ivfflat");

    /**
     * @param indexes the table's {@code @Index}es
     * @param vectorIndexes column → its {@code @VectorIndex}
     */
    record Indexes(List<IndexPlan> indexes, Map<String, VectorIndexPlan> vectorIndexes) {}

    private IndexPlanner() {}

    /**
     * @param indexes the table's indexes as the runtime's catalog reader gives them: each with its key
     *     list as the server prints it and its INCLUDE columns
     * @param types column → its Java type, which says whether it is a vector
     * @param notes where what cannot be declared is added
     */
    static Indexes plan(
            String table, List<SchemaDefinition.Index> indexes, Map<String, JavaColumnType> types, List<String> notes) {
        Map<String, VectorIndexPlan> vectorIndexes = new HashMap<>();
        List<IndexPlan> plans = new ArrayList<>();
        for (SchemaDefinition.Index index : indexes) {
            String keyList = index.expression() == null ? String.join(", ", index.columns()) : index.expression();
            List<String> include = index.include();
            if (VECTOR_METHODS.contains(index.method())) {
                VectorIndexPlan vector = vectorIndex(table, index, keyList, types, vectorIndexes, notes);
                if (vector != null) {
                    vectorIndexes.put(keyList.split("\\s+")[0], vector);
                }
                continue;
            }
            if (!INDEX_METHODS.contains(index.method())) {
                notes.add("index " + index.name() + " USING " + index.method() + " (" + keyList
                        + "): @Index takes btree, gin, gist, brin or hash");
                continue;
            }
            List<String> items = splitTopLevel(keyList);
            boolean plainColumns =
                    items.stream().allMatch(item -> IDENTIFIER.matcher(item).matches());
            List<String> columns =
                    plainColumns ? items.stream().map(Scaffold::unquote).toList() : List.of();
            String expression = plainColumns ? null : keyList;
            String defaultName = plainColumns ? Names.index(table, columns) : Names.expressionIndex(table, expression);
            plans.add(new IndexPlan(
                    columns,
                    expression,
                    include,
                    index.unique(),
                    defaultName.equals(index.name()) ? null : index.name(),
                    index.where(),
                    index.method().equals("btree") ? null : index.method()));
        }
        return new Indexes(plans, vectorIndexes);
    }

    /** The {@code @VectorIndex} of a pgvector index on one column, or {@code null} (noted) when none fits. */
    private static VectorIndexPlan vectorIndex(
            String table,
            SchemaDefinition.Index index,
            String keyList,
            Map<String, JavaColumnType> types,
            Map<String, VectorIndexPlan> taken,
            List<String> notes) {
        String[] parts = keyList.strip().split("\\s+");
        String column = parts.length == 2 ? parts[0] : null;
        JavaColumnType type = column == null ? null : types.get(column);
        String distance = parts.length == 2 ? distance(parts[1]) : null;
        if (type == null || type.vectorDimensions() == 0 || distance == null || taken.containsKey(column)) {
            notes.add("index " + index.name() + " USING " + index.method() + " (" + keyList
                    + "): @VectorIndex declares one index on a vector column with its operator class");
            return null;
        }
        Map<String, String> options = index.options();
        boolean hnsw = index.method().equals("hnsw");
        if (hnsw
                ? !options.containsKey("m") || !options.containsKey("ef_construction")
                : !options.containsKey("lists")) {
            notes.add("index " + index.name() + " has no " + (hnsw ? "m and ef_construction" : "lists")
                    + " storage parameters: the declaration states pgvector's defaults, which check() reports as a"
                    + " different index definition until the index is rebuilt with them");
        }
        return new VectorIndexPlan(
                index.method().toUpperCase(Locale.ROOT),
                distance,
                hnsw ? option(options, "m", 16) : null,
                hnsw ? option(options, "ef_construction", 64) : null,
                hnsw ? null : option(options, "lists", 100),
                Names.index(table, List.of(column)).equals(index.name()) ? null : index.name(),
                index.where());
    }

    /** A storage parameter that differs from the annotation's default, else {@code null}. */
    private static Integer option(Map<String, String> options, String name, int annotationDefault) {
        String value = options.get(name);
        if (value == null) {
            return null;
        }
        int parsed = Integer.parseInt(value);
        return parsed == annotationDefault ? null : parsed;
    }

    /** The {@code Distance} constant of a pgvector operator class, or {@code null}. */
    private static String distance(String operatorClass) {
        if (!operatorClass.endsWith("_ops") || operatorClass.indexOf('_') < 0) {
            return null;
        }
        String kind = operatorClass.substring(operatorClass.indexOf('_') + 1, operatorClass.length() - 4);
        return switch (kind) {
            case "l2" -> "L2";
            case "ip" -> "INNER_PRODUCT";
            case "cosine" -> "COSINE";
            case "l1" -> "L1";
            case "hamming" -> "HAMMING";
            case "jaccard" -> "JACCARD";
            default -> null;
        };
    }

    /** The comma-separated items of a key list, commas inside parentheses and quotes kept. */
    static List<String> splitTopLevel(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'' || c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                items.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        items.add(list.substring(start).strip());
        return items;
    }
}
