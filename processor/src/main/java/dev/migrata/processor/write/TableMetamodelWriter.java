package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.migrata.processor.read.TableDeclaration;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <SchemaClass>Tables}: one nested class per table holding the table's and its columns'
 * names as constants, so application SQL refers to checked names ({@code UserTable.NAME},
 * {@code UserTable.FULL_NAME} after {@code import app.AppSchemaTables.UserTable;}). A column constant
 * that would clash with {@code NAME} (a column called {@code name}) or with another constant gets a
 * {@code _COLUMN} suffix.
 *
 * <p>One source file per schema rather than one per table: in a cold {@code javac} every generated
 * file costs its own trip through the Filer and the parser; at 200 tables one file instead of 200
 * cut javac's share of compiling the output by about a third.
 */
public final class TableMetamodelWriter {

    private TableMetamodelWriter() {}

    /** The class holding a schema's table metamodels: {@code AppSchema} → {@code AppSchemaTables}. */
    public static ClassName tablesClassOf(ClassName schemaClass) {
        return JavaNames.generatedBeside(schemaClass, "Tables");
    }

    /**
     * The simple name of a table's nested metamodel class: {@code User} → {@code UserTable}, a nested
     * {@code AppSchema.User} → {@code AppSchema_UserTable}.
     */
    public static String metamodelName(ClassName tableClass) {
        return JavaNames.generatedBeside(tableClass, "Table").simpleName();
    }

    /**
     * The Java file with every table's metamodel, nested in declaration order.
     *
     * @param schemaClass the {@code @Schema} class
     * @param schemaName the schema's name, for the Javadoc
     * @param tables the schema's tables; their {@link #metamodelName} must differ
     * @param origins the elements the file is generated from (schema and tables), empty in tests
     */
    public static JavaFile write(
            ClassName schemaClass, String schemaName, List<Table> tables, List<? extends Element> origins) {
        ClassName self = tablesClassOf(schemaClass);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "Names of the tables of schema $L, declared by {@link $T}: one nested class per table.\n",
                        StringLiterals.javadocCode(schemaName),
                        schemaClass)
                .addAnnotation(GeneratedAnnotation.spec())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        origins.forEach(type::addOriginatingElement);
        for (Table table : tables) {
            type.addType(metamodel(self.nestedClass(metamodelName(table.tableClass())), table));
        }
        type.addMethod(privateConstructor());
        return GeneratedSources.javaFile(self, type.build());
    }

    private static TypeSpec metamodel(ClassName self, Table table) {
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "Table $L, declared by {@link $T}: {@code NAME} is the table's name, the other constants its"
                                + " columns'.\n",
                        StringLiterals.javadocCode(table.declaration().tableName()),
                        table.tableClass())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        type.addField(constant("NAME", table.declaration().tableName()));
        List<String> taken = new ArrayList<>(List.of("NAME"));
        for (TableDeclaration.ColumnDeclaration column : table.declaration().columns()) {
            String constant = JavaNames.upperSnake(column.javaName());
            while (taken.contains(constant)) {
                constant = constant + "_COLUMN";
            }
            taken.add(constant);
            type.addField(constant(constant, column.columnName()));
        }
        return type.addMethod(privateConstructor()).build();
    }

    private static FieldSpec constant(String name, String value) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer(StringLiterals.literal(value))
                .build();
    }

    private static MethodSpec privateConstructor() {
        return MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build();
    }

    /**
     * One table to describe.
     *
     * @param tableClass the {@code @Table} class
     * @param declaration its names
     */
    public record Table(ClassName tableClass, TableDeclaration declaration) {}
}
