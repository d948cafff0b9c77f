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
 * Writes {@code <TableClass>Table}: the table's and its columns' names as constants, so
 * application SQL refers to checked names ({@code UserTable.NAME}, {@code UserTable.FULL_NAME}).
 * A column constant that would clash with {@code NAME} (a column called {@code name}) or with
 * another constant gets a {@code _COLUMN} suffix.
 */
public final class TableMetamodelWriter {

    private TableMetamodelWriter() {}

    /**
     * The Java file for one table.
     *
     * @param tableClass the {@code @Table} class
     * @param table its names
     * @param origin the class element, or {@code null} in tests
     */
    public static JavaFile write(ClassName tableClass, TableDeclaration table, Element origin) {
        ClassName self = JavaNames.generatedBeside(tableClass, "Table");
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "Names of table $L, declared by {@link $T}.\n",
                        StringLiterals.javadocCode(table.tableName()),
                        tableClass)
                .addAnnotation(GeneratedAnnotation.spec())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        if (origin != null) {
            type.addOriginatingElement(origin);
        }
        type.addField(FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The table's name.\n")
                .initializer(StringLiterals.literal(table.tableName()))
                .build());
        List<String> taken = new ArrayList<>(List.of("NAME"));
        for (TableDeclaration.ColumnDeclaration column : table.columns()) {
            String constant = JavaNames.upperSnake(column.javaName());
            while (taken.contains(constant)) {
                constant = constant + "_COLUMN";
            }
            taken.add(constant);
            type.addField(FieldSpec.builder(String.class, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Column $L.\n", StringLiterals.javadocCode(column.columnName()))
                    .initializer(StringLiterals.literal(column.columnName()))
                    .build());
        }
        type.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return JavaFile.builder(self.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
