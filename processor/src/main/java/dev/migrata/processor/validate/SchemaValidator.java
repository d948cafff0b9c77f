package dev.migrata.processor.validate;

import dev.migrata.processor.read.ChainView;
import dev.migrata.processor.read.ReadResult;
import dev.migrata.processor.read.RevisionRead;
import dev.migrata.processor.read.SchemaRead;
import dev.migrata.processor.read.TableRead;
import dev.migrata.schema.diag.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The validate stage: runs every check on what the read stage returned and adds the problems found
 * after the read stage's own. Pure: nothing is printed here.
 */
public final class SchemaValidator {

    private SchemaValidator() {}

    /** The read result with the problems of every check added. */
    public static ReadResult validate(ReadResult read) {
        List<Problem> problems = new ArrayList<>();
        for (SchemaRead schema : read.reads()) {
            problems.addAll(validateSchema(schema));
        }
        if (read.roundRevisions() != null) {
            problems.addAll(validateFullBuild(read.reads(), read.roundRevisions()));
        }
        return read.withProblems(problems);
    }

    /** The checks of one {@code @Schema} class: its tables, their references, names and enums, its views, functions and triggers, its chain. */
    private static List<Problem> validateSchema(SchemaRead schema) {
        List<Problem> problems = new ArrayList<>();
        List<TableRead> tables = List.copyOf(schema.tables().values());
        for (TableRead table : tables) {
            problems.addAll(TableValidator.validate(table));
        }
        problems.addAll(ReferenceValidator.validate(schema.className(), schema.tables()));
        problems.addAll(SchemaTablesValidator.validate(tables, schema.models()));
        problems.addAll(PgEnumValidator.validate(schema.pgEnums(), tables));
        problems.addAll(DeclaredObjectValidator.validate(schema.objects()));
        problems.addAll(RevisionChainValidator.validateChain(schema.chain()));
        schema.chain().revisions().forEach(r -> problems.addAll(RevisionChainValidator.validateRevision(r)));
        return problems;
    }

    /** The checks only a full build can make: every revision of the round reachable, one line per chain. */
    private static List<Problem> validateFullBuild(List<SchemaRead> schemas, List<RevisionRead> roundRevisions) {
        List<Problem> problems = new ArrayList<>();
        List<ChainView> chains = schemas.stream().map(SchemaRead::chain).toList();
        Set<String> inChains = chains.stream()
                .flatMap(c -> c.revisions().stream())
                .map(RevisionRead::className)
                .collect(Collectors.toSet());
        for (RevisionRead revision : roundRevisions) {
            if (!inChains.contains(revision.className())) {
                problems.addAll(RevisionChainValidator.validateRevision(revision));
            }
        }
        problems.addAll(RevisionChainValidator.validateGraph(chains, roundRevisions));
        return problems;
    }
}
