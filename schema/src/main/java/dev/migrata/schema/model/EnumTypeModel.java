package dev.migrata.schema.model;

import java.util.Comparator;
import java.util.List;

/**
 * A native PostgreSQL enum type ({@code CREATE TYPE <name> AS ENUM (...)}), declared by a
 * {@code @PgEnum} Java enum. Columns of the type name it as their type.
 *
 * @param name the type name, unquoted
 * @param labels the labels in their sort order, which is declaration order
 */
public record EnumTypeModel(String name, List<String> labels) {

    /** Enum types sorted by name. */
    public static final Comparator<EnumTypeModel> ORDER = Comparator.comparing(EnumTypeModel::name);

    /** Copies the labels. */
    public EnumTypeModel {
        labels = List.copyOf(labels);
    }
}
