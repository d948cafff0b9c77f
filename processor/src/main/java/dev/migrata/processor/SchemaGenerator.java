package dev.migrata.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.migrata.processor.diag.ElementOrigin;
import dev.migrata.processor.diag.Reporter;
import dev.migrata.processor.files.MigrationsDirectory;
import dev.migrata.processor.files.ProcessorOptions;
import dev.migrata.processor.files.RevisionFiles;
import dev.migrata.processor.read.SchemaDeclaration;
import dev.migrata.processor.read.TableDeclaration;
import dev.migrata.processor.write.ChainClassWriter;
import dev.migrata.processor.write.ChainSource;
import dev.migrata.processor.write.GeneratedSources;
import dev.migrata.processor.write.RevisionSource;
import dev.migrata.processor.write.TableMetamodelWriter;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The generation stage for one {@code @Schema}: settles every revision's statements from the frozen
 * files (or generates the head's), and only when nothing is wrong writes what the application
 * compiles with: the head schema's file and each revision's {@code .sql} file on the class path, the
 * chain class and the companion that creates its revisions, and the tables' metamodels when the
 * schema asks for them; and registers the chain for {@link java.util.ServiceLoader}.
 */
final class SchemaGenerator {

    private final ProcessingEnvironment env;
    private final Reporter reporter;
    private final GenerationSession session;

    /** A generator on its own: its chain is not registered as a service (no session writes the file). */
    SchemaGenerator(ProcessingEnvironment env, Reporter reporter) {
        this(env, reporter, new GenerationSession());
    }

    /** A generator that shares the compilation's session: service registration, folder ownership. */
    SchemaGenerator(ProcessingEnvironment env, Reporter reporter, GenerationSession session) {
        this.env = env;
        this.reporter = reporter;
        this.session = session;
    }

    /** Settles the schema's revisions and, when nothing is wrong, writes its Java classes; reports every problem. */
    void generate(SchemaDeclaration schema) {
        if (schema.revisions().isEmpty()) {
            // The read stage reports a chain without revisions; there is nothing to settle.
            return;
        }
        Optional<Path> directory = MigrationsDirectory.locate(env, schema.element(), schema.name());
        if (directory.isEmpty()) {
            reporter.report(Problems.migrationsDirUnknown(
                    ElementOrigin.of(schema.element()), schema.name(), sourceDescription(schema.element())));
            return;
        }
        Optional<String> owner = session.claim(directory.get(), schema.name());
        if (owner.isPresent()) {
            reporter.report(Problems.migrationsDirShared(
                    ElementOrigin.of(schema.element()), schema.name(), directory.get(), owner.get()));
            return;
        }
        boolean verify = Boolean.parseBoolean(env.getOptions().get(ProcessorOptions.VERIFY));
        RevisionFreezer.Result settled = new RevisionFreezer(new RevisionFiles(directory.get()), verify).freeze(schema);
        reporter.reportAll(settled.problems());
        settled.written()
                .forEach(w -> reporter.note(
                        w.origin(), RevisionNote.wroteRevision(w.sqlFile(), w.upgrade(), w.warningCodes())));
        List<Problem> instantiation = DataMigrationAccess.check(
                schema.revisionElements(),
                schema.revisions(),
                ChainSource.chainClassOf(ClassName.get(schema.element())));
        reporter.reportAll(instantiation);
        if (settled.hasErrors() || instantiation.stream().anyMatch(Problem::isError)) {
            return;
        }
        writeJava(schema, settled.revisions());
    }

    private void writeJava(SchemaDeclaration schema, List<RevisionSource> revisions) {
        List<JavaFile> files = new ArrayList<>();
        List<Element> origins = new ArrayList<>();
        origins.add(schema.element());
        schema.tables().forEach(table -> origins.add(table.element()));
        ChainSource chain =
                new ChainSource(ClassName.get(schema.element()), schema.name(), revisions, schema.head(), origins);
        files.addAll(ChainClassWriter.write(chain));
        if (schema.metamodel()) {
            Optional<JavaFile> metamodels = tableMetamodels(schema, origins);
            if (metamodels.isEmpty()) {
                return;
            }
            files.add(metamodels.get());
        }
        GeneratedSources sources = new GeneratedSources(env.getFiler());
        String headSchema = ChainClassWriter.headSchemaResource(schema.name());
        try {
            sources.writeResource(headSchema, chain.headSchemaBytes(), schema.element());
        } catch (IOException e) {
            reporter.report(Problems.generatedFileFailed(ElementOrigin.of(schema.element()), headSchema, e));
            return;
        }
        for (RevisionSource revision : revisions) {
            String resource = ChainClassWriter.resourceFolder(schema.name()) + revision.id() + ".sql";
            try {
                sources.writeResource(resource, revision.sqlBytes(), revision.origin());
            } catch (IOException e) {
                Element origin = revision.origin() == null ? schema.element() : revision.origin();
                reporter.report(Problems.generatedFileFailed(ElementOrigin.of(origin), resource, e));
                return;
            }
        }
        for (JavaFile file : files) {
            try {
                sources.write(file);
            } catch (IOException e) {
                // On the first element the file was generated from (the @Schema class), else the schema.
                List<Element> from = file.typeSpec().originatingElements();
                Element origin = from.isEmpty() ? schema.element() : from.get(0);
                reporter.report(
                        Problems.generatedFileFailed(ElementOrigin.of(origin), GeneratedSources.typeName(file), e));
                return;
            }
        }
        session.chainServices().add(chain.chainClass().reflectionName());
    }

    /**
     * The schema's {@code <SchemaClass>Tables}, or empty (with MIG803 reported) when two tables from
     * different packages would get the same nested class.
     */
    private Optional<JavaFile> tableMetamodels(SchemaDeclaration schema, List<Element> origins) {
        ClassName schemaClass = ClassName.get(schema.element());
        Map<String, TableDeclaration> byMetamodel = new HashMap<>();
        List<TableMetamodelWriter.Table> tables = new ArrayList<>();
        boolean clash = false;
        for (TableDeclaration table : schema.tables()) {
            ClassName tableClass = ClassName.get(table.element());
            String metamodel = TableMetamodelWriter.metamodelName(tableClass);
            TableDeclaration first = byMetamodel.putIfAbsent(metamodel, table);
            if (first != null) {
                reporter.report(Problems.metamodelNameClash(
                        ElementOrigin.of(table.element()),
                        first.element().getQualifiedName().toString(),
                        table.element().getQualifiedName().toString(),
                        TableMetamodelWriter.tablesClassOf(schemaClass).canonicalName(),
                        metamodel));
                clash = true;
            }
            tables.add(new TableMetamodelWriter.Table(tableClass, table));
        }
        if (clash) {
            return Optional.empty();
        }
        return Optional.of(TableMetamodelWriter.write(schemaClass, schema.name(), tables, origins));
    }

    private String sourceDescription(TypeElement schemaClass) {
        return MigrationsDirectory.sourceUri(env, schemaClass)
                .map(Object::toString)
                .orElse("source location unknown");
    }
}
