package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.migrata.processor.files.RevisionStep;
import dev.migrata.schema.sql.SqlStatement;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <RevisionClass>Migration}: one revision as plain data implementing
 * {@code dev.migrata.runtime.Migration}. The statements are written out in full, so the class is
 * what a reviewer reads in the {@code .sql} file, and the runtime needs no file at startup.
 */
public final class MigrationClassWriter {

    private static final ParameterizedTypeName STEP_LIST =
            ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.MIGRATION_STEP);

    private MigrationClassWriter() {}

    /** The Java file for the revision. */
    public static JavaFile write(RevisionSource revision) {
        ClassName self = revision.migrationClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "Revision $L, generated from {@link $T}.\n",
                        StringLiterals.javadocCode(revision.id()),
                        revision.revisionClass())
                .addAnnotation(GeneratedAnnotation.spec())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.MIGRATION);
        if (revision.origin() != null) {
            type.addOriginatingElement(revision.origin());
        }
        type.addField(constant("ID", revision.id(), "The revision id stored in {@code migrata_revisions}."));
        if (revision.parentId() != null) {
            type.addField(constant("PARENT_ID", revision.parentId(), "The parent revision's id."));
        }
        type.addField(constant("MESSAGE", revision.message(), "The revision's message."));
        type.addField(constant("CHECKSUM", revision.checksum(), "SHA-256 over the upgrade and downgrade statements."));
        type.addField(constant(
                "CHAIN_CHECKSUM",
                revision.chainChecksum(),
                "SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here."));
        type.addField(steps("UPGRADE_STEPS", revision.upgrade()));
        type.addField(steps("DOWNGRADE_STEPS", revision.downgrade()));

        type.addMethod(getter("id", ClassName.get(String.class), CodeBlock.of("return ID")));
        type.addMethod(getter(
                "parentId",
                ParameterizedTypeName.get(Optional.class, String.class),
                revision.parentId() == null
                        ? CodeBlock.of("return $T.empty()", Optional.class)
                        : CodeBlock.of("return $T.of(PARENT_ID)", Optional.class)));
        type.addMethod(getter("message", ClassName.get(String.class), CodeBlock.of("return MESSAGE")));
        type.addMethod(getter("checksum", ClassName.get(String.class), CodeBlock.of("return CHECKSUM")));
        type.addMethod(getter("chainChecksum", ClassName.get(String.class), CodeBlock.of("return CHAIN_CHECKSUM")));
        type.addMethod(getter("upgradeSteps", STEP_LIST, CodeBlock.of("return UPGRADE_STEPS")));
        type.addMethod(getter("downgradeSteps", STEP_LIST, CodeBlock.of("return DOWNGRADE_STEPS")));
        if (revision.dataMigration()) {
            type.addMethod(getter(
                    "dataMigration",
                    ParameterizedTypeName.get(ClassName.get(Optional.class), RuntimeTypes.DATA_MIGRATION),
                    CodeBlock.of("return $T.of(new $T())", Optional.class, revision.revisionClass())));
        }
        return JavaFile.builder(self.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static FieldSpec constant(String name, String value, String javadoc) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc + "\n")
                .initializer(StringLiterals.literal(value))
                .build();
    }

    private static FieldSpec steps(String name, List<RevisionStep> steps) {
        CodeBlock.Builder init = CodeBlock.builder();
        if (steps.isEmpty()) {
            init.add("$T.of()", List.class);
        } else {
            init.add("$T.of(\n", List.class).indent();
            for (int i = 0; i < steps.size(); i++) {
                init.add(step(steps.get(i))).add(i + 1 < steps.size() ? ",\n" : "");
            }
            init.add(")").unindent();
        }
        return FieldSpec.builder(STEP_LIST, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(init.build())
                .build();
    }

    /**
     * One step as the runtime's factory that states its kind and group, then a call for each further
     * fact: {@code MigrationStep.rerunnable("...").buildsIndex("ix").locks("...")}.
     */
    private static CodeBlock step(RevisionStep step) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (step.isJava()) {
            return code.add(
                            "$T.java($L, $L)",
                            RuntimeTypes.MIGRATION_STEP,
                            step.group(),
                            StringLiterals.literal(step.dataMigration()))
                    .build();
        }
        SqlStatement statement = step.statement();
        code.add("$T.", RuntimeTypes.MIGRATION_STEP);
        if (statement.group() > SqlStatement.FIRST_GROUP) {
            code.add("inTransaction($L, ", statement.group());
        } else {
            code.add("$L(", factoryName(statement));
        }
        // The extra indent puts a text block's lines (and its closing quotes) right of the call.
        code.indent().add(StringLiterals.of(statement.sql())).unindent().add(")");
        // Each further fact on a line of its own, below the statement it belongs to.
        if (statement.index() != null) {
            code.add("\n$>$>.buildsIndex($L)$<$<", StringLiterals.literal(statement.index()));
        }
        if (statement.extension() != null) {
            code.add("\n$>$>.createsExtension($L)$<$<", StringLiterals.literal(statement.extension()));
        }
        if (statement.lock() != null) {
            code.add("\n$>$>.locks($L)$<$<", StringLiterals.literal(statement.lock()));
        }
        return code.build();
    }

    /** The {@code MigrationStep} factory of a statement in the first group or outside any transaction. */
    private static String factoryName(SqlStatement statement) {
        if (statement.transactional()) {
            return "transactional";
        }
        return statement.rerunnable() ? "rerunnable" : "nonTransactional";
    }

    private static MethodSpec getter(String name, TypeName returns, CodeBlock body) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addStatement(body)
                .build();
    }
}
