package dev.migrata.schema.diag;

import dev.migrata.schema.model.Origin;
import java.nio.file.Path;

/**
 * One factory per {@link Message}, with named and typed parameters: the only way to make a {@link
 * Problem}. A call with the wrong number or kind of arguments does not compile, and every factory
 * puts its arguments where its template expects them, repeating one the text names twice.
 *
 * <p>Each factory takes the {@link Origin} javac should point at first, then the message's
 * arguments in the order its text names them. A parameter typed {@code CharSequence} takes a javac
 * name as it is, and one typed {@code Object} a javac type, printed as javac prints it (this module
 * does not see javac's model). A failure is passed as the exception itself; its message is printed,
 * or its type when it has none.
 */
public final class Problems {

    private Problems() {}

    /** [MIG101] {@link Message#DUPLICATE_REVISION_ID}. */
    public static Problem duplicateRevisionId(
            Origin origin,
            String revisionId,
            String firstClass,
            String secondClass,
            String schema,
            String suggestedId) {
        return Problem.rendered(
                Message.DUPLICATE_REVISION_ID, origin, revisionId, firstClass, secondClass, schema, suggestedId);
    }

    /** [MIG102] {@link Message#PARENT_NOT_REVISION}. */
    public static Problem parentNotRevision(Origin origin, CharSequence parentClass, String revisionClass) {
        return Problem.rendered(Message.PARENT_NOT_REVISION, origin, parentClass, revisionClass, revisionClass);
    }

    /** [MIG103] {@link Message#HEAD_NOT_REVISION}. */
    public static Problem headNotRevision(Origin origin, CharSequence headClass, String schemaClass) {
        return Problem.rendered(Message.HEAD_NOT_REVISION, origin, headClass, schemaClass);
    }

    /** [MIG104] {@link Message#REVISION_CYCLE}. */
    public static Problem revisionCycle(Origin origin, String schema, String cycle, String oldestClass) {
        return Problem.rendered(Message.REVISION_CYCLE, origin, schema, cycle, oldestClass);
    }

    /** [MIG105] {@link Message#SECOND_ROOT}. */
    public static Problem secondRoot(
            Origin origin,
            String revisionId,
            String revisionClass,
            String schema,
            String rootId,
            String rootClass,
            String suggestedParent) {
        return Problem.rendered(
                Message.SECOND_ROOT,
                origin,
                revisionId,
                revisionClass,
                schema,
                rootId,
                rootClass,
                revisionId,
                suggestedParent);
    }

    /** [MIG106] {@link Message#REVISION_FORK}. */
    public static Problem revisionFork(
            Origin origin,
            String moverId,
            String moverClass,
            String keptId,
            String keptClass,
            CharSequence parentClass,
            String whyKept,
            String keptLastClass,
            String steps) {
        return Problem.rendered(
                Message.REVISION_FORK,
                origin,
                moverId,
                moverClass,
                keptId,
                keptClass,
                parentClass,
                keptId,
                whyKept,
                moverId,
                keptLastClass,
                steps);
    }

    /** [MIG107] {@link Message#REVISION_UNREACHABLE}. */
    public static Problem revisionUnreachable(Origin origin, String revisionId, String revisionClass) {
        return Problem.rendered(Message.REVISION_UNREACHABLE, origin, revisionId, revisionClass, revisionClass);
    }

    /** [MIG108] {@link Message#INVALID_REVISION_ID}. */
    public static Problem invalidRevisionId(
            Origin origin, String revisionId, String revisionClass, String suggestedId) {
        return Problem.rendered(Message.INVALID_REVISION_ID, origin, revisionId, revisionClass, suggestedId);
    }

    /** [MIG109] {@link Message#DIRECTIVE_WITHOUT_REVISION}. */
    public static Problem directiveWithoutRevision(Origin origin, String directive, CharSequence elementClass) {
        return Problem.rendered(Message.DIRECTIVE_WITHOUT_REVISION, origin, directive, elementClass);
    }

    /** [MIG110] {@link Message#SQL_UP_EMPTY}. */
    public static Problem sqlUpEmpty(Origin origin, String revisionId) {
        return Problem.rendered(Message.SQL_UP_EMPTY, origin, revisionId);
    }

    /** [MIG111] {@link Message#INVALID_SCHEMA_NAME}. */
    public static Problem invalidSchemaName(Origin origin, String name, String schemaClass, String suggestedName) {
        return Problem.rendered(Message.INVALID_SCHEMA_NAME, origin, name, schemaClass, suggestedName);
    }

    /** [MIG112] {@link Message#DIRECTIVE_NAME_INVALID}. */
    public static Problem directiveNameInvalid(
            Origin origin,
            String directive,
            String revisionId,
            String what,
            String name,
            String reason,
            String suggestedName) {
        return Problem.rendered(
                Message.DIRECTIVE_NAME_INVALID, origin, directive, revisionId, what, name, reason, suggestedName);
    }

    /** [MIG116] {@link Message#SQL_CANNOT_RUN_IN_TRANSACTION}. */
    public static Problem sqlCannotRunInTransaction(Origin origin, String attribute, String revisionId, String found) {
        return Problem.rendered(Message.SQL_CANNOT_RUN_IN_TRANSACTION, origin, attribute, revisionId, found);
    }

    /** [MIG201] {@link Message#TABLE_NOT_LISTED}. */
    public static Problem tableNotListed(Origin origin, CharSequence tableClass, String schemaList) {
        return Problem.rendered(Message.TABLE_NOT_LISTED, origin, tableClass, schemaList, tableClass);
    }

    /** [MIG202] {@link Message#TABLE_LISTED_TWICE}. */
    public static Problem tableListedTwice(Origin origin, String schemaClass, String tableClass) {
        return Problem.rendered(Message.TABLE_LISTED_TWICE, origin, schemaClass, tableClass, tableClass);
    }

    /** [MIG203] {@link Message#LISTED_CLASS_NOT_TABLE}. */
    public static Problem listedClassNotTable(
            Origin origin, String schemaClass, String listedClass, String suggestedTableName) {
        return Problem.rendered(
                Message.LISTED_CLASS_NOT_TABLE, origin, schemaClass, listedClass, suggestedTableName, listedClass);
    }

    /** [MIG204] {@link Message#DUPLICATE_TABLE_NAME}. */
    public static Problem duplicateTableName(
            Origin origin, String firstClass, String secondClass, String tableName, String where) {
        return Problem.rendered(
                Message.DUPLICATE_TABLE_NAME, origin, firstClass, secondClass, tableName, where, tableName);
    }

    /** [MIG205] {@link Message#DUPLICATE_COLUMN_NAME}. */
    public static Problem duplicateColumnName(
            Origin origin,
            String firstColumn,
            String secondColumn,
            String tableClass,
            String columnName,
            String tableName) {
        return Problem.rendered(
                Message.DUPLICATE_COLUMN_NAME,
                origin,
                firstColumn,
                secondColumn,
                tableClass,
                columnName,
                tableName,
                columnName);
    }

    /** [MIG206] {@link Message#INVALID_IDENTIFIER}. */
    public static Problem invalidIdentifier(
            Origin origin, String what, String name, String owner, String reason, String suggestedName) {
        return Problem.rendered(Message.INVALID_IDENTIFIER, origin, what, name, owner, reason, suggestedName);
    }

    /** [MIG207] {@link Message#RESERVED_WORD}. */
    public static Problem reservedWord(
            Origin origin, String what, String name, String owner, String quotedName, String suggestedName) {
        return Problem.rendered(Message.RESERVED_WORD, origin, what, name, owner, quotedName, suggestedName);
    }

    /** [MIG208] {@link Message#UNSUPPORTED_TYPE}. */
    public static Problem unsupportedType(Origin origin, String description, Object javaType) {
        return Problem.rendered(Message.UNSUPPORTED_TYPE, origin, description, javaType);
    }

    /** [MIG209] {@link Message#LENGTH_NOT_STRING}. */
    public static Problem lengthNotString(Origin origin, int length, String description, Object javaType) {
        return Problem.rendered(Message.LENGTH_NOT_STRING, origin, length, description, javaType);
    }

    /** [MIG210] {@link Message#INVALID_LENGTH}. */
    public static Problem invalidLength(Origin origin, int length, String description) {
        return Problem.rendered(Message.INVALID_LENGTH, origin, length, description);
    }

    /** [MIG211] {@link Message#INVALID_PRECISION}. */
    public static Problem invalidPrecision(Origin origin, int precision, int scale, String description, String reason) {
        return Problem.rendered(Message.INVALID_PRECISION, origin, precision, scale, description, reason);
    }

    /** [MIG212] {@link Message#PRECISION_NOT_NUMERIC}. */
    public static Problem precisionNotNumeric(Origin origin, String description, Object javaType) {
        return Problem.rendered(Message.PRECISION_NOT_NUMERIC, origin, description, javaType);
    }

    /** [MIG213] {@link Message#IDENTITY_NOT_INTEGER}. */
    public static Problem identityNotInteger(Origin origin, String description, String columnType) {
        return Problem.rendered(Message.IDENTITY_NOT_INTEGER, origin, description, columnType);
    }

    /** [MIG214] {@link Message#IDENTITY_WITH_DEFAULT}. */
    public static Problem identityWithDefault(Origin origin, String description, String defaultValue) {
        return Problem.rendered(Message.IDENTITY_WITH_DEFAULT, origin, description, defaultValue);
    }

    /** [MIG215] {@link Message#ENUM_WITHOUT_CONSTANTS}. */
    public static Problem enumWithoutConstants(Origin origin, String description, Object javaType) {
        return Problem.rendered(Message.ENUM_WITHOUT_CONSTANTS, origin, description, javaType);
    }

    /** [MIG216] {@link Message#VECTOR_WITH_COLUMN_TYPE}. */
    public static Problem vectorWithColumnType(
            Origin origin, String description, String explicitType, String javaKind) {
        return Problem.rendered(Message.VECTOR_WITH_COLUMN_TYPE, origin, description, explicitType, javaKind);
    }

    /** [MIG217] {@link Message#COLUMN_TYPE_NOT_ONE_TYPE}. */
    public static Problem columnTypeNotOneType(Origin origin, String text, String owner, String reason) {
        return Problem.rendered(Message.COLUMN_TYPE_NOT_ONE_TYPE, origin, text, owner, reason);
    }

    /** [MIG218] {@link Message#DEFAULT_NOT_ONE_EXPRESSION}. */
    public static Problem defaultNotOneExpression(Origin origin, String text, String owner, String reason) {
        return Problem.rendered(Message.DEFAULT_NOT_ONE_EXPRESSION, origin, text, owner, reason);
    }

    /** [MIG219] {@link Message#CHECK_NOT_ONE_EXPRESSION}. */
    public static Problem checkNotOneExpression(Origin origin, String text, String owner, String reason) {
        return Problem.rendered(Message.CHECK_NOT_ONE_EXPRESSION, origin, text, owner, reason);
    }

    /** [MIG220] {@link Message#USING_NOT_ONE_EXPRESSION}. */
    public static Problem usingNotOneExpression(
            Origin origin, String attribute, String text, String owner, String reason) {
        return Problem.rendered(Message.USING_NOT_ONE_EXPRESSION, origin, attribute, text, owner, reason, attribute);
    }

    /** [MIG221] {@link Message#TABLE_CHECK_NOT_ONE_EXPRESSION}. */
    public static Problem tableCheckNotOneExpression(Origin origin, String text, String owner, String reason) {
        return Problem.rendered(Message.TABLE_CHECK_NOT_ONE_EXPRESSION, origin, text, owner, reason);
    }

    /** [MIG222] {@link Message#INVALID_EXTENSION_NAME}. */
    public static Problem invalidExtensionName(Origin origin, CharSequence schemaClass, String name, String reason) {
        return Problem.rendered(Message.INVALID_EXTENSION_NAME, origin, schemaClass, name, reason);
    }

    /** [MIG223] {@link Message#INVALID_ENUM_LABEL}. */
    public static Problem invalidEnumLabel(
            Origin origin, String label, String enumClass, String constant, String reason, String suggestedLabel) {
        return Problem.rendered(Message.INVALID_ENUM_LABEL, origin, label, enumClass, constant, reason, suggestedLabel);
    }

    /** [MIG224] {@link Message#DUPLICATE_ENUM_LABEL}. */
    public static Problem duplicateEnumLabel(
            Origin origin, String constant, String otherConstant, String enumClass, String label) {
        return Problem.rendered(
                Message.DUPLICATE_ENUM_LABEL, origin, constant, otherConstant, enumClass, label, label, otherConstant);
    }

    /** [MIG225] {@link Message#DUPLICATE_ENUM_TYPE}. */
    public static Problem duplicateEnumType(
            Origin origin, String enumClass, String typeName, String taken, String fix) {
        return Problem.rendered(Message.DUPLICATE_ENUM_TYPE, origin, enumClass, typeName, taken, fix, typeName);
    }

    /** [MIG226] {@link Message#ENUM_LABEL_REMOVED}. */
    public static Problem enumLabelRemoved(
            Origin origin,
            String revisionId,
            String removedLabels,
            String typeName,
            String fromLabels,
            String toLabels) {
        return Problem.rendered(
                Message.ENUM_LABEL_REMOVED,
                origin,
                revisionId,
                removedLabels,
                typeName,
                fromLabels,
                toLabels,
                typeName,
                typeName);
    }

    /** [MIG227] {@link Message#ENUM_LABELS_REORDERED}. */
    public static Problem enumLabelsReordered(
            Origin origin, String revisionId, String typeName, String fromLabels, String toLabels) {
        return Problem.rendered(
                Message.ENUM_LABELS_REORDERED, origin, revisionId, typeName, fromLabels, toLabels, fromLabels);
    }

    /** [MIG228] {@link Message#ENUM_LABEL_ADDED}. */
    public static Problem enumLabelAdded(Origin origin, String revisionId, String label, String typeName) {
        return Problem.rendered(Message.ENUM_LABEL_ADDED, origin, revisionId, label, typeName, typeName, label);
    }

    /** [MIG301] {@link Message#PRIMARY_KEY_UNKNOWN_COLUMN}. */
    public static Problem primaryKeyUnknownColumn(
            Origin origin, String tableClass, String column, String table, String columns, String suggestedColumns) {
        return Problem.rendered(
                Message.PRIMARY_KEY_UNKNOWN_COLUMN, origin, tableClass, column, table, columns, suggestedColumns);
    }

    /** [MIG302] {@link Message#PRIMARY_KEY_CONFLICT}. */
    public static Problem primaryKeyConflict(
            Origin origin, String tableClass, String keyColumns, String declaredPrimaryKey) {
        return Problem.rendered(Message.PRIMARY_KEY_CONFLICT, origin, tableClass, keyColumns, declaredPrimaryKey);
    }

    /** [MIG303] {@link Message#INDEX_UNKNOWN_COLUMN}. */
    public static Problem indexUnknownColumn(
            Origin origin, String tableClass, String column, String table, String columns, String suggestedColumns) {
        return Problem.rendered(
                Message.INDEX_UNKNOWN_COLUMN, origin, tableClass, column, table, columns, suggestedColumns);
    }

    /** [MIG304] {@link Message#INDEX_WITHOUT_COLUMNS}. */
    public static Problem indexWithoutColumns(Origin origin, String tableClass, String example) {
        return Problem.rendered(Message.INDEX_WITHOUT_COLUMNS, origin, tableClass, example);
    }

    /** [MIG305] {@link Message#INDEX_METHOD_UNKNOWN}. */
    public static Problem indexMethodUnknown(Origin origin, String method, String tableClass) {
        return Problem.rendered(Message.INDEX_METHOD_UNKNOWN, origin, method, tableClass);
    }

    /** [MIG306] {@link Message#DUPLICATE_CONSTRAINT_NAME}. */
    public static Problem duplicateConstraintName(
            Origin origin, String name, String first, String second, String where) {
        return Problem.rendered(Message.DUPLICATE_CONSTRAINT_NAME, origin, name, first, second, where, name);
    }

    /** [MIG310] {@link Message#REFERENCE_NOT_TABLE}. */
    public static Problem referenceNotTable(Origin origin, String targetClass, String column, String schema) {
        return Problem.rendered(
                Message.REFERENCE_NOT_TABLE, origin, targetClass, column, targetClass, schema, targetClass);
    }

    /** [MIG311] {@link Message#REFERENCE_NO_PRIMARY_KEY}. */
    public static Problem referenceNoPrimaryKey(Origin origin, String targetClass, String column, String targetTable) {
        return Problem.rendered(
                Message.REFERENCE_NO_PRIMARY_KEY, origin, targetClass, column, targetTable, targetClass);
    }

    /** [MIG312] {@link Message#REFERENCE_UNKNOWN_COLUMN}. */
    public static Problem referenceUnknownColumn(
            Origin origin, String referencedColumn, String column, String targetClass, String columns) {
        return Problem.rendered(
                Message.REFERENCE_UNKNOWN_COLUMN,
                origin,
                referencedColumn,
                column,
                targetClass,
                referencedColumn,
                columns);
    }

    /** [MIG313] {@link Message#REFERENCE_COMPOSITE_KEY}. */
    public static Problem referenceCompositeKey(
            Origin origin, String targetClass, String column, String targetTable, String keyColumns) {
        return Problem.rendered(
                Message.REFERENCE_COMPOSITE_KEY, origin, targetClass, column, targetTable, keyColumns, targetClass);
    }

    /** [MIG314] {@link Message#REFERENCE_NOT_UNIQUE}. */
    public static Problem referenceNotUnique(
            Origin origin, String referencedColumn, String column, String targetClass) {
        return Problem.rendered(
                Message.REFERENCE_NOT_UNIQUE, origin, referencedColumn, column, referencedColumn, targetClass);
    }

    /** [MIG315] {@link Message#REFERENCE_TYPE_MISMATCH}. */
    public static Problem referenceTypeMismatch(
            Origin origin,
            String column,
            String columnType,
            String targetClass,
            String referencedColumn,
            String referencedType) {
        return Problem.rendered(
                Message.REFERENCE_TYPE_MISMATCH,
                origin,
                column,
                columnType,
                targetClass,
                referencedColumn,
                referencedType,
                column,
                referencedType);
    }

    /** [MIG316] {@link Message#INDEX_WHERE_NOT_ONE_PREDICATE}. */
    public static Problem indexWhereNotOnePredicate(Origin origin, String text, String owner, String reason) {
        return Problem.rendered(Message.INDEX_WHERE_NOT_ONE_PREDICATE, origin, text, owner, reason);
    }

    /** [MIG317] {@link Message#DUPLICATE_CONSTRAINT_NAME_IN_SCHEMA}. */
    public static Problem duplicateConstraintNameInSchema(
            Origin origin, String name, String first, String second, String where, String fix) {
        return Problem.rendered(Message.DUPLICATE_CONSTRAINT_NAME_IN_SCHEMA, origin, name, first, second, where, fix);
    }

    /** [MIG318] {@link Message#UNIQUE_UNKNOWN_COLUMN}. */
    public static Problem uniqueUnknownColumn(
            Origin origin, String tableClass, String column, String table, String columns, String suggestedColumns) {
        return Problem.rendered(
                Message.UNIQUE_UNKNOWN_COLUMN, origin, tableClass, column, table, columns, suggestedColumns);
    }

    /** [MIG319] {@link Message#UNIQUE_WITHOUT_COLUMNS}. */
    public static Problem uniqueWithoutColumns(Origin origin, String tableClass, String example) {
        return Problem.rendered(Message.UNIQUE_WITHOUT_COLUMNS, origin, tableClass, example);
    }

    /** [MIG320] {@link Message#UNIQUE_REPEATED}. */
    public static Problem uniqueRepeated(
            Origin origin, String columns, String tableClass, String first, String equivalent) {
        return Problem.rendered(Message.UNIQUE_REPEATED, origin, columns, tableClass, first, equivalent);
    }

    /** [MIG321] {@link Message#INDEX_COLUMNS_AND_EXPRESSION}. */
    public static Problem indexColumnsAndExpression(Origin origin, String tableClass, String expression) {
        return Problem.rendered(Message.INDEX_COLUMNS_AND_EXPRESSION, origin, tableClass, expression);
    }

    /** [MIG322] {@link Message#INDEX_INCLUDE_UNKNOWN_COLUMN}. */
    public static Problem indexIncludeUnknownColumn(
            Origin origin, String tableClass, String column, String table, String columns, String suggestedColumns) {
        return Problem.rendered(
                Message.INDEX_INCLUDE_UNKNOWN_COLUMN, origin, tableClass, column, table, columns, suggestedColumns);
    }

    /** [MIG323] {@link Message#INDEX_EXPRESSION_NOT_ONE_KEY_LIST}. */
    public static Problem indexExpressionNotOneKeyList(Origin origin, String text, String owner, String reason) {
        return Problem.rendered(Message.INDEX_EXPRESSION_NOT_ONE_KEY_LIST, origin, text, owner, reason);
    }

    /** [MIG324] {@link Message#GENERATED_NOT_ONE_EXPRESSION}. */
    public static Problem generatedNotOneExpression(Origin origin, String text, String owner, String reason) {
        return Problem.rendered(Message.GENERATED_NOT_ONE_EXPRESSION, origin, text, owner, reason);
    }

    /** [MIG325] {@link Message#GENERATED_COLUMN_CONFLICT}. */
    public static Problem generatedColumnConflict(Origin origin, String column, String conflicts) {
        return Problem.rendered(Message.GENERATED_COLUMN_CONFLICT, origin, column, conflicts, conflicts);
    }

    /** [MIG326] {@link Message#GENERATED_COLUMN_RECREATED}. */
    public static Problem generatedColumnRecreated(
            Origin origin, String revision, String table, String column, String fromGenerated, String toGenerated) {
        return Problem.rendered(
                Message.GENERATED_COLUMN_RECREATED, origin, revision, table, column, fromGenerated, toGenerated);
    }

    /** [MIG327] {@link Message#GENERATED_COLUMN_REWRITES_TABLE}. */
    public static Problem generatedColumnRewritesTable(Origin origin, String revision, String table, String column) {
        return Problem.rendered(Message.GENERATED_COLUMN_REWRITES_TABLE, origin, revision, table, column);
    }

    /** [MIG401] {@link Message#VECTOR_WRONG_JAVA_TYPE}. */
    public static Problem vectorWrongJavaType(Origin origin, String description, Object javaType) {
        return Problem.rendered(Message.VECTOR_WRONG_JAVA_TYPE, origin, description, javaType);
    }

    /** [MIG402] {@link Message#VECTOR_TYPE_MISMATCH}. */
    public static Problem vectorTypeMismatch(
            Origin origin,
            String requested,
            String description,
            Object javaType,
            String javaKind,
            int dimensions,
            String columnKind,
            String javaClass) {
        return Problem.rendered(
                Message.VECTOR_TYPE_MISMATCH,
                origin,
                requested,
                description,
                javaType,
                javaKind,
                dimensions,
                columnKind,
                javaClass);
    }

    /** [MIG403] {@link Message#VECTOR_INDEX_WITHOUT_VECTOR}. */
    public static Problem vectorIndexWithoutVector(Origin origin, String description) {
        return Problem.rendered(Message.VECTOR_INDEX_WITHOUT_VECTOR, origin, description);
    }

    /** [MIG404] {@link Message#VECTOR_DIMENSIONS_TOO_SMALL}. */
    public static Problem vectorDimensionsTooSmall(Origin origin, int dimensions, String description) {
        return Problem.rendered(Message.VECTOR_DIMENSIONS_TOO_SMALL, origin, dimensions, description);
    }

    /** [MIG405] {@link Message#VECTOR_DIMENSIONS_TOO_LARGE}. */
    public static Problem vectorDimensionsTooLarge(Origin origin, int dimensions, String description, String kind) {
        return Problem.rendered(Message.VECTOR_DIMENSIONS_TOO_LARGE, origin, dimensions, description, kind, dimensions);
    }

    /** [MIG406] {@link Message#VECTOR_INDEX_TOO_MANY_DIMENSIONS}. */
    public static Problem vectorIndexTooManyDimensions(
            Origin origin, String index, String kind, int maxIndexed, int dimensions, String fix) {
        return Problem.rendered(
                Message.VECTOR_INDEX_TOO_MANY_DIMENSIONS, origin, index, kind, maxIndexed, dimensions, fix);
    }

    /** [MIG407] {@link Message#SPARSEVEC_IVFFLAT}. */
    public static Problem sparsevecIvfflat(Origin origin, String index, String distance) {
        return Problem.rendered(Message.SPARSEVEC_IVFFLAT, origin, index, distance);
    }

    /** [MIG408] {@link Message#SPARSEVEC_HNSW_NONZERO_LIMIT}. */
    public static Problem sparsevecHnswNonzeroLimit(Origin origin, String index) {
        return Problem.rendered(Message.SPARSEVEC_HNSW_NONZERO_LIMIT, origin, index);
    }

    /** [MIG409] {@link Message#HNSW_M_OUT_OF_RANGE}. */
    public static Problem hnswMOutOfRange(Origin origin, int m, String index) {
        return Problem.rendered(Message.HNSW_M_OUT_OF_RANGE, origin, m, index);
    }

    /** [MIG410] {@link Message#HNSW_EF_CONSTRUCTION_OUT_OF_RANGE}. */
    public static Problem hnswEfConstructionOutOfRange(Origin origin, int efConstruction, String index) {
        return Problem.rendered(Message.HNSW_EF_CONSTRUCTION_OUT_OF_RANGE, origin, efConstruction, index);
    }

    /** [MIG411] {@link Message#HNSW_EF_CONSTRUCTION_BELOW_2M}. */
    public static Problem hnswEfConstructionBelow2m(
            Origin origin, int m, int efConstruction, String index, int minimum, int suggested) {
        return Problem.rendered(
                Message.HNSW_EF_CONSTRUCTION_BELOW_2M, origin, m, efConstruction, index, minimum, m, suggested);
    }

    /** [MIG412] {@link Message#IVFFLAT_LISTS_OUT_OF_RANGE}. */
    public static Problem ivfflatListsOutOfRange(Origin origin, int lists, String index) {
        return Problem.rendered(Message.IVFFLAT_LISTS_OUT_OF_RANGE, origin, lists, index);
    }

    /** [MIG413] {@link Message#DISTANCE_WITHOUT_OPERATOR_CLASS}. */
    public static Problem distanceWithoutOperatorClass(
            Origin origin,
            String method,
            String distance,
            String index,
            String operatorClassPrefix,
            String kind,
            String supported) {
        return Problem.rendered(
                Message.DISTANCE_WITHOUT_OPERATOR_CLASS,
                origin,
                method,
                distance,
                index,
                operatorClassPrefix,
                kind,
                kind,
                method,
                supported);
    }

    /** [MIG414] {@link Message#VECTOR_INDEX_WHERE_NOT_ONE_PREDICATE}. */
    public static Problem vectorIndexWhereNotOnePredicate(Origin origin, String text, String owner, String reason) {
        return Problem.rendered(Message.VECTOR_INDEX_WHERE_NOT_ONE_PREDICATE, origin, text, owner, reason);
    }

    /** [MIG415] {@link Message#CAST_TO_HALFVEC_NOT_VECTOR}. */
    public static Problem castToHalfvecNotVector(Origin origin, String description, String vectorKind) {
        return Problem.rendered(Message.CAST_TO_HALFVEC_NOT_VECTOR, origin, description, vectorKind);
    }

    /** [MIG501] {@link Message#TABLE_GONE}. */
    public static Problem tableGone(Origin origin, String table, String revision, String dropTable) {
        return Problem.rendered(Message.TABLE_GONE, origin, table, revision, dropTable);
    }

    /** [MIG502] {@link Message#TABLE_GONE_OR_RENAMED}. */
    public static Problem tableGoneOrRenamed(
            Origin origin, String table, String revision, String candidate, String renameTable, String dropTable) {
        return Problem.rendered(
                Message.TABLE_GONE_OR_RENAMED, origin, table, revision, candidate, renameTable, dropTable);
    }

    /** [MIG503] {@link Message#COLUMN_GONE}. */
    public static Problem columnGone(Origin origin, String table, String column, String revision, String dropColumn) {
        return Problem.rendered(Message.COLUMN_GONE, origin, table, column, revision, dropColumn);
    }

    /** [MIG504] {@link Message#COLUMN_GONE_OR_RENAMED}. */
    public static Problem columnGoneOrRenamed(
            Origin origin,
            String table,
            String column,
            String revision,
            String candidate,
            String renameColumn,
            String dropColumn) {
        return Problem.rendered(
                Message.COLUMN_GONE_OR_RENAMED, origin, table, column, revision, candidate, renameColumn, dropColumn);
    }

    /** [MIG505] {@link Message#NOT_NULL_COLUMN_WITHOUT_DEFAULT}. */
    public static Problem notNullColumnWithoutDefault(
            Origin origin, String revision, String table, String column, String columnType) {
        return Problem.rendered(Message.NOT_NULL_COLUMN_WITHOUT_DEFAULT, origin, revision, table, column, columnType);
    }

    /** [MIG506] {@link Message#TYPE_CHANGE_NEEDS_USING}. */
    public static Problem typeChangeNeedsUsing(
            Origin origin,
            String revision,
            String table,
            String column,
            String fromType,
            String toType,
            String changeType) {
        return Problem.rendered(
                Message.TYPE_CHANGE_NEEDS_USING, origin, revision, table, column, fromType, toType, changeType);
    }

    /** [MIG507] {@link Message#DIRECTIVE_UNKNOWN_TABLE}. */
    public static Problem directiveUnknownTable(
            Origin origin, String directive, String table, String where, String revision, String tables) {
        return Problem.rendered(Message.DIRECTIVE_UNKNOWN_TABLE, origin, directive, table, where, revision, tables);
    }

    /** [MIG508] {@link Message#DIRECTIVE_UNKNOWN_COLUMN}. */
    public static Problem directiveUnknownColumn(
            Origin origin, String directive, String table, String column, String revision, String columns) {
        return Problem.rendered(Message.DIRECTIVE_UNKNOWN_COLUMN, origin, directive, table, column, revision, columns);
    }

    /** [MIG509] {@link Message#RENAME_TABLE_TARGET_MISSING}. */
    public static Problem renameTableTargetMissing(Origin origin, String directive, String revision, String table) {
        return Problem.rendered(Message.RENAME_TABLE_TARGET_MISSING, origin, directive, revision, table, table);
    }

    /** [MIG510] {@link Message#RENAME_COLUMN_TARGET_MISSING}. */
    public static Problem renameColumnTargetMissing(
            Origin origin, String directive, String table, String column, String revision, String columns) {
        return Problem.rendered(
                Message.RENAME_COLUMN_TARGET_MISSING, origin, directive, table, column, revision, column, columns);
    }

    /** [MIG511] {@link Message#DROPPED_TABLE_STILL_DECLARED}. */
    public static Problem droppedTableStillDeclared(Origin origin, String directive, String table, String revision) {
        return Problem.rendered(Message.DROPPED_TABLE_STILL_DECLARED, origin, directive, table, revision);
    }

    /** [MIG512] {@link Message#DROPPED_COLUMN_STILL_DECLARED}. */
    public static Problem droppedColumnStillDeclared(
            Origin origin, String directive, String table, String column, String revision) {
        return Problem.rendered(Message.DROPPED_COLUMN_STILL_DECLARED, origin, directive, table, column, revision);
    }

    /** [MIG513] {@link Message#RENAMED_SOURCE_STILL_DECLARED}. */
    public static Problem renamedSourceStillDeclared(Origin origin, String directive, String source, String revision) {
        return Problem.rendered(Message.RENAMED_SOURCE_STILL_DECLARED, origin, directive, source, revision);
    }

    /** [MIG514] {@link Message#DIRECTIVE_CONFLICT}. */
    public static Problem directiveConflict(Origin origin, String directive, String source, String revision) {
        return Problem.rendered(Message.DIRECTIVE_CONFLICT, origin, directive, source, revision);
    }

    /** [MIG515] {@link Message#VECTOR_DIMENSIONS_CHANGED}. */
    public static Problem vectorDimensionsChanged(
            Origin origin,
            String revision,
            String table,
            String column,
            String fromType,
            String toType,
            int dimensions,
            String newColumn,
            String changeType) {
        return Problem.rendered(
                Message.VECTOR_DIMENSIONS_CHANGED,
                origin,
                revision,
                table,
                column,
                fromType,
                toType,
                dimensions,
                column,
                newColumn,
                toType,
                column,
                changeType);
    }

    /** [MIG601] {@link Message#FOREIGN_KEY_ON_EXISTING_TABLE}. */
    public static Problem foreignKeyOnExistingTable(
            Origin origin, String revision, String constraint, String table, String referencedTable) {
        return Problem.rendered(
                Message.FOREIGN_KEY_ON_EXISTING_TABLE, origin, revision, constraint, table, table, referencedTable);
    }

    /** [MIG602] {@link Message#SET_NOT_NULL_ON_EXISTING_COLUMN}. */
    public static Problem setNotNullOnExistingColumn(
            Origin origin, String revision, String table, String column, String checkName, String quotedColumn) {
        return Problem.rendered(
                Message.SET_NOT_NULL_ON_EXISTING_COLUMN, origin, revision, table, column, checkName, quotedColumn);
    }

    /** [MIG603] {@link Message#TYPE_CHANGE_REWRITES_TABLE}. */
    public static Problem typeChangeRewritesTable(
            Origin origin, String revision, String table, String column, String fromType, String toType) {
        return Problem.rendered(Message.TYPE_CHANGE_REWRITES_TABLE, origin, revision, table, column, fromType, toType);
    }

    /** [MIG604] {@link Message#ENUM_CONSTANT_REMOVED}. */
    public static Problem enumConstantRemoved(
            Origin origin, String revision, String constants, String table, String column) {
        return Problem.rendered(Message.ENUM_CONSTANT_REMOVED, origin, revision, constants, table, column);
    }

    /** [MIG605] {@link Message#CHECK_ON_EXISTING_TABLE}. */
    public static Problem checkOnExistingTable(Origin origin, String revision, String checkName, String table) {
        return Problem.rendered(Message.CHECK_ON_EXISTING_TABLE, origin, revision, checkName, table);
    }

    /** [MIG606] {@link Message#UNIQUE_ON_EXISTING_TABLE}. */
    public static Problem uniqueOnExistingTable(
            Origin origin, String revision, String what, String name, String table) {
        return Problem.rendered(Message.UNIQUE_ON_EXISTING_TABLE, origin, revision, what, name, table);
    }

    /** [MIG607] {@link Message#CHANGE_TYPE_WITHOUT_EFFECT}. */
    public static Problem changeTypeWithoutEffect(
            Origin origin, String directive, String table, String column, String columnType, String revision) {
        return Problem.rendered(
                Message.CHANGE_TYPE_WITHOUT_EFFECT, origin, directive, table, column, columnType, revision);
    }

    /** [MIG608] {@link Message#ADD_COLUMN_REWRITES_TABLE}. */
    public static Problem addColumnRewritesTable(
            Origin origin, String revision, String table, String column, String rewrite) {
        return Problem.rendered(Message.ADD_COLUMN_REWRITES_TABLE, origin, revision, table, column, rewrite);
    }

    /** [MIG609] {@link Message#ENUM_CONSTANT_ADDED}. */
    public static Problem enumConstantAdded(
            Origin origin, String revision, String constants, String table, String column, String checkName) {
        return Problem.rendered(Message.ENUM_CONSTANT_ADDED, origin, revision, constants, table, column, checkName);
    }

    /** [MIG610] {@link Message#DOWNGRADE_RESTORES_COLUMN_NULLABLE}. */
    public static Problem downgradeRestoresColumnNullable(
            Origin origin, String revision, String table, String column, String qualifiedTable, String quotedColumn) {
        return Problem.rendered(
                Message.DOWNGRADE_RESTORES_COLUMN_NULLABLE,
                origin,
                revision,
                table,
                column,
                table,
                column,
                qualifiedTable,
                quotedColumn);
    }

    /** [MIG611] {@link Message#UNIQUE_INDEX_ON_EXISTING_TABLE}. */
    public static Problem uniqueIndexOnExistingTable(Origin origin, String revision, String index, String table) {
        return Problem.rendered(Message.UNIQUE_INDEX_ON_EXISTING_TABLE, origin, revision, index, table);
    }

    /** [MIG620] {@link Message#DATA_MIGRATION_HOLDS_LOCKS}. */
    public static Problem dataMigrationHoldsLocks(
            Origin origin,
            String revisionId,
            String className,
            String tables,
            String locks,
            String simpleName,
            String sqlFile,
            String snapshotFile) {
        return Problem.rendered(
                Message.DATA_MIGRATION_HOLDS_LOCKS,
                origin,
                revisionId,
                className,
                tables,
                locks,
                simpleName,
                sqlFile,
                snapshotFile,
                revisionId);
    }

    /** [MIG701] {@link Message#MIGRATIONS_DIR_UNKNOWN}. */
    public static Problem migrationsDirUnknown(Origin origin, String schema, String source) {
        return Problem.rendered(Message.MIGRATIONS_DIR_UNKNOWN, origin, schema, source, schema);
    }

    /** [MIG702] {@link Message#REVISION_FILES_MISSING}. */
    public static Problem revisionFilesMissing(Origin origin, String revisionId, String missing, String file) {
        return Problem.rendered(Message.REVISION_FILES_MISSING, origin, revisionId, missing, file);
    }

    /** [MIG703] {@link Message#REVISION_FILES_INCOMPLETE}. */
    public static Problem revisionFilesIncomplete(Origin origin, String revisionId, String present, String missing) {
        return Problem.rendered(Message.REVISION_FILES_INCOMPLETE, origin, revisionId, present, missing, present);
    }

    /** [MIG704] {@link Message#REVISION_FILE_EDITED}. */
    public static Problem revisionFileEdited(Origin origin, String sqlFile, String recorded, String recomputed) {
        return Problem.rendered(Message.REVISION_FILE_EDITED, origin, sqlFile, recorded, recomputed, sqlFile);
    }

    /** [MIG705] {@link Message#REVISION_FILE_MALFORMED}. */
    public static Problem revisionFileMalformed(Origin origin, String location, String reason, Path file) {
        return Problem.rendered(Message.REVISION_FILE_MALFORMED, origin, location, reason, file);
    }

    /** [MIG706] {@link Message#HEAD_SNAPSHOT_DIFFERS}. */
    public static Problem headSnapshotDiffers(
            Origin origin,
            String revisionId,
            Path snapshotFile,
            String differences,
            String nextRevision,
            Path sqlFile) {
        return Problem.rendered(
                Message.HEAD_SNAPSHOT_DIFFERS,
                origin,
                revisionId,
                snapshotFile,
                differences,
                nextRevision,
                revisionId,
                sqlFile,
                snapshotFile);
    }

    /** [MIG707] {@link Message#VERIFY_FILES_MISSING}. */
    public static Problem verifyFilesMissing(Origin origin, String revisionId, String missing) {
        return Problem.rendered(Message.VERIFY_FILES_MISSING, origin, revisionId, missing);
    }

    /** [MIG708] {@link Message#REVISION_FILE_WRONG_PARENT}. */
    public static Problem revisionFileWrongParent(
            Origin origin,
            String sqlFile,
            String revisionId,
            String frozenParent,
            String declaredParent,
            Path snapshotFile,
            String frozenParentAnnotation) {
        return Problem.rendered(
                Message.REVISION_FILE_WRONG_PARENT,
                origin,
                sqlFile,
                revisionId,
                frozenParent,
                declaredParent,
                revisionId,
                sqlFile,
                snapshotFile,
                frozenParentAnnotation);
    }

    /** [MIG709] {@link Message#REVISION_FILE_WRONG_ID}. */
    public static Problem revisionFileWrongId(Origin origin, String sqlFile, String revisionId, String headerId) {
        return Problem.rendered(Message.REVISION_FILE_WRONG_ID, origin, sqlFile, revisionId, headerId, sqlFile);
    }

    /** [MIG710] {@link Message#REVISION_FILE_WRITE_FAILED}. */
    public static Problem revisionFileWriteFailed(Origin origin, Path file, Exception failure) {
        return Problem.rendered(Message.REVISION_FILE_WRITE_FAILED, origin, file, reason(failure));
    }

    /** [MIG711] {@link Message#STATEMENT_NOT_WRITABLE}. */
    public static Problem statementNotWritable(Origin origin, String revisionId, Path sqlFile, String reason) {
        return Problem.rendered(Message.STATEMENT_NOT_WRITABLE, origin, revisionId, sqlFile, reason);
    }

    /** [MIG712] {@link Message#SNAPSHOT_EDITED}. */
    public static Problem snapshotEdited(
            Origin origin, String snapshotFile, String sqlFile, String recorded, String recomputed) {
        return Problem.rendered(
                Message.SNAPSHOT_EDITED, origin, snapshotFile, sqlFile, recorded, recomputed, snapshotFile);
    }

    /** [MIG713] {@link Message#MIGRATIONS_DIR_SHARED}. */
    public static Problem migrationsDirShared(Origin origin, String schema, Path directory, String owner) {
        return Problem.rendered(Message.MIGRATIONS_DIR_SHARED, origin, schema, directory, owner);
    }

    /** [MIG714] {@link Message#REVISION_FILE_JAVA_STEP_DIFFERS}. */
    public static Problem revisionFileJavaStepDiffers(
            Origin origin,
            String sqlFile,
            String frozenStep,
            String className,
            String declaredStep,
            Path snapshotFile) {
        return Problem.rendered(
                Message.REVISION_FILE_JAVA_STEP_DIFFERS,
                origin,
                sqlFile,
                frozenStep,
                className,
                declaredStep,
                sqlFile,
                snapshotFile);
    }

    /** [MIG801] {@link Message#DATA_MIGRATION_NOT_INSTANTIABLE}. */
    public static Problem dataMigrationNotInstantiable(
            Origin origin, CharSequence className, String generatedClass, String simpleName, String reason) {
        return Problem.rendered(
                Message.DATA_MIGRATION_NOT_INSTANTIABLE, origin, className, generatedClass, simpleName, reason);
    }

    /** [MIG802] {@link Message#GENERATED_FILE_FAILED}. */
    public static Problem generatedFileFailed(Origin origin, String file, Exception failure) {
        return Problem.rendered(Message.GENERATED_FILE_FAILED, origin, file, reason(failure));
    }

    /** [MIG803] {@link Message#METAMODEL_NAME_CLASH}. */
    public static Problem metamodelNameClash(
            Origin origin, String firstTableClass, String secondTableClass, String tablesClass, String metamodel) {
        return Problem.rendered(
                Message.METAMODEL_NAME_CLASH, origin, firstTableClass, secondTableClass, tablesClass, metamodel);
    }

    /** [MIG999] {@link Message#INTERNAL_ERROR}. */
    public static Problem internalError(Origin origin, String trace) {
        return Problem.rendered(Message.INTERNAL_ERROR, origin, trace);
    }

    /** [MIG230] {@link Message#LISTED_CLASS_NOT_DECLARED_OBJECT}. */
    public static Problem listedClassNotDeclaredObject(
            Origin origin,
            String attribute,
            CharSequence schemaClass,
            String listedClass,
            String annotation,
            String example) {
        return Problem.rendered(
                Message.LISTED_CLASS_NOT_DECLARED_OBJECT,
                origin,
                attribute,
                schemaClass,
                listedClass,
                annotation,
                example,
                listedClass,
                attribute);
    }

    /** [MIG231] {@link Message#DECLARED_OBJECT_NAME_TWICE}. */
    public static Problem declaredObjectNameTwice(
            Origin origin, String schema, String kind, String name, String first, String second, String annotation) {
        return Problem.rendered(
                Message.DECLARED_OBJECT_NAME_TWICE, origin, schema, kind, name, first, second, annotation, name);
    }

    /** [MIG232] {@link Message#VIEW_QUERY_EMPTY}. */
    public static Problem viewQueryEmpty(Origin origin, String view) {
        return Problem.rendered(Message.VIEW_QUERY_EMPTY, origin, view);
    }

    /** [MIG233] {@link Message#VIEW_QUERY_NOT_ONE_SELECT}. */
    public static Problem viewQueryNotOneSelect(Origin origin, String query, String view, String reason) {
        return Problem.rendered(Message.VIEW_QUERY_NOT_ONE_SELECT, origin, query, view, reason);
    }

    /** [MIG234] {@link Message#FUNCTION_BODY_HAS_QUOTE}. */
    public static Problem functionBodyHasQuote(Origin origin, String function, String quote) {
        return Problem.rendered(Message.FUNCTION_BODY_HAS_QUOTE, origin, function, quote);
    }

    /** [MIG235] {@link Message#FUNCTION_PART_NOT_ONE_FRAGMENT}. */
    public static Problem functionPartNotOneFragment(
            Origin origin, String attribute, String text, String function, String what, String reason) {
        return Problem.rendered(
                Message.FUNCTION_PART_NOT_ONE_FRAGMENT, origin, attribute, text, function, what, reason);
    }

    /** [MIG236] {@link Message#TRIGGER_TABLE_NOT_LISTED}. */
    public static Problem triggerTableNotListed(Origin origin, String tableClass, String trigger, String schema) {
        return Problem.rendered(Message.TRIGGER_TABLE_NOT_LISTED, origin, tableClass, trigger, schema, tableClass);
    }

    /** [MIG237] {@link Message#TRIGGER_FUNCTION_NOT_LISTED}. */
    public static Problem triggerFunctionNotListed(Origin origin, String functionClass, String trigger, String schema) {
        return Problem.rendered(
                Message.TRIGGER_FUNCTION_NOT_LISTED, origin, functionClass, trigger, schema, functionClass);
    }

    /** [MIG238] {@link Message#TRIGGER_WHEN_NOT_ONE_EXPRESSION}. */
    public static Problem triggerWhenNotOneExpression(Origin origin, String when, String trigger, String reason) {
        return Problem.rendered(Message.TRIGGER_WHEN_NOT_ONE_EXPRESSION, origin, when, trigger, reason);
    }

    /** [MIG239] {@link Message#TRIGGER_NOT_POSSIBLE}. */
    public static Problem triggerNotPossible(Origin origin, String trigger, String reason, String fix) {
        return Problem.rendered(Message.TRIGGER_NOT_POSSIBLE, origin, trigger, reason, fix);
    }

    /** [MIG630] {@link Message#MATERIALIZED_VIEW_REFILLED}. */
    public static Problem materializedViewRefilled(Origin origin, String revisionId, String view, String dropReason) {
        return Problem.rendered(Message.MATERIALIZED_VIEW_REFILLED, origin, revisionId, view, dropReason);
    }

    /** What went wrong, for a message: the exception's message, or its type when it has none. */
    private static String reason(Throwable failure) {
        return failure.getMessage() != null
                ? failure.getMessage()
                : failure.getClass().getName();
    }
}
