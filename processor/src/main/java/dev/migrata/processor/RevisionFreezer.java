package dev.migrata.processor;

import com.palantir.javapoet.ClassName;
import dev.migrata.processor.diag.ElementOrigin;
import dev.migrata.processor.files.FilePresence;
import dev.migrata.processor.files.MalformedRevisionFileException;
import dev.migrata.processor.files.RevisionFileException;
import dev.migrata.processor.files.RevisionFiles;
import dev.migrata.processor.files.RevisionSqlFile;
import dev.migrata.processor.files.RevisionStep;
import dev.migrata.processor.files.Snapshot;
import dev.migrata.processor.files.SnapshotJson;
import dev.migrata.processor.read.SchemaDeclaration;
import dev.migrata.processor.validate.DataMigrationLocks;
import dev.migrata.processor.write.RevisionSource;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.diff.SchemaDiffer;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.sql.Checksums;
import dev.migrata.schema.sql.RevisionScript;
import dev.migrata.schema.sql.RevisionScriptGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Walks a schema's revision chain, root first, and settles the statements of every revision: a
 * revision whose two files exist is frozen and read back (never regenerated); the head without files
 * is generated from its parent's snapshot and the {@code @Table} classes, and written (unless
 * verifying). Checksums are computed along the way. Every problem is collected, none printed.
 */
final class RevisionFreezer {

    private static final String REVISION_ANNOTATION = "dev.migrata.annotations.Revision";
    /** The code a warning line starts with: {@code [MIG601] ...}. */
    private static final Pattern WARNING_CODE = Pattern.compile("\\[(MIG\\d+)\\]");

    private final RevisionFiles files;
    private final boolean verify;
    private final List<Problem> problems = new ArrayList<>();
    private final List<WrittenRevision> written = new ArrayList<>();
    // The chain's classes by revision id, to name the parent a frozen file states.
    private final Map<String, String> classById = new HashMap<>();

    RevisionFreezer(RevisionFiles files, boolean verify) {
        this.files = files;
        this.verify = verify;
    }

    /** The revisions ready for the writers, or the problems that stop generation. */
    Result freeze(SchemaDeclaration schema) {
        List<RevisionSource> sources = new ArrayList<>();
        schema.revisions().forEach(r -> classById.putIfAbsent(r.id(), r.className()));
        SchemaModel parentSnapshot = SchemaModel.EMPTY;
        String parentChainChecksum = null;
        // Once one revision cannot be read, later ones have no trustworthy parent snapshot: they are
        // still checked for missing files, but the head is neither compared nor generated.
        boolean historyIntact = true;
        int last = schema.revisions().size() - 1;
        boolean headGenerated = files.presence(schema.revisions().get(last).id()) != FilePresence.BOTH;
        for (int i = 0; i <= last; i++) {
            RevisionModel revision = schema.revisions().get(i);
            TypeElement element = schema.revisionElements().get(i);
            SnapshotUse use = i == last
                    ? SnapshotUse.COMPARED
                    : i == last - 1 && headGenerated ? SnapshotUse.DIFFED_FROM : SnapshotUse.UNUSED;
            Settled settled = settle(revision, element, i == last, use, parentSnapshot, schema.head(), historyIntact);
            if (settled == null) {
                historyIntact = false;
                continue;
            }
            String checksum = settled.checksum;
            String chainChecksum = Checksums.chain(parentChainChecksum, checksum);
            sources.add(new RevisionSource(
                    ClassName.get(element),
                    revision.id(),
                    revision.parentId(),
                    revision.message(),
                    checksum,
                    chainChecksum,
                    settled.sqlText,
                    revision.dataMigration(),
                    element));
            parentSnapshot = settled.snapshot;
            parentChainChecksum = chainChecksum;
        }
        return new Result(sources, problems, written);
    }

    /** The revision's statements and snapshot, or {@code null} after recording why there are none. */
    private Settled settle(
            RevisionModel revision,
            TypeElement element,
            boolean head,
            SnapshotUse use,
            SchemaModel parentSnapshot,
            SchemaModel model,
            boolean historyIntact) {
        String id = revision.id();
        FilePresence presence = files.presence(id);
        switch (presence) {
            case BOTH:
                return readFrozen(revision, element, use, head && historyIntact ? model : null);
            case ONLY_SQL:
            case ONLY_SNAPSHOT:
                boolean sqlExists = presence == FilePresence.ONLY_SQL;
                String present = (sqlExists ? files.sqlFile(id) : files.snapshotFile(id)).toString();
                String missing = (sqlExists ? files.snapshotFile(id) : files.sqlFile(id)).toString();
                problems.add(Problems.revisionFilesIncomplete(origin(element), id, present, missing));
                return null;
            default:
                break;
        }
        String both = files.sqlFile(id) + " and " + files.snapshotFile(id);
        if (!head) {
            problems.add(Problems.revisionFilesMissing(
                    origin(element), id, both, files.sqlFile(id) + " " + files.snapshotFile(id)));
            return null;
        }
        if (verify) {
            problems.add(Problems.verifyFilesMissing(origin(element), id, both));
            return null;
        }
        return historyIntact ? generate(revision, element, parentSnapshot, model) : null;
    }

    private Settled readFrozen(RevisionModel revision, TypeElement element, SnapshotUse use, SchemaModel headModel) {
        String id = revision.id();
        RevisionSqlFile sql;
        String sqlText;
        SchemaModel snapshot = null;
        // The checksum of the snapshot file as it is; the recorded one when the file is not read.
        String snapshotChecksum;
        try {
            sqlText = files.readSqlText(id);
            sql = files.parseSql(id, sqlText);
            snapshotChecksum = sql.snapshotChecksum();
            if (use != SnapshotUse.UNUSED || verify) {
                String text = files.readSnapshotText(id);
                if (headModel != null && text.equals(SnapshotJson.write(headModel))) {
                    // The file is the model's canonical text: in sync, with no parsing and no comparison.
                    snapshot = headModel;
                    snapshotChecksum = SnapshotJson.checksumOfText(text);
                } else if (SnapshotJson.checksumOfText(text).equals(sql.snapshotChecksum())) {
                    // The text that was written, so the recorded checksum is its own; only a snapshot
                    // that is used needs its model (the parent of a new head, to diff from).
                    if (use != SnapshotUse.UNUSED) {
                        snapshot = files.parseSnapshotModel(id, text);
                    }
                } else {
                    // Not the text that was written: parse it, so that a reformatted file is no edit
                    // and an edited one is reported with the checksum of what it now says. The
                    // checksum of the canonical text in the file's own format, which a file written
                    // before snapshot formats were numbered recorded without a "format" field.
                    Snapshot parsed = files.parseSnapshot(id, text);
                    snapshot = parsed.model();
                    snapshotChecksum = parsed.checksum();
                }
            }
        } catch (RevisionFileException e) {
            problems.add(Problems.revisionFileMalformed(origin(element), e.location(), e.getMessage(), e.file()));
            return null;
        }
        String sqlPath = files.sqlFile(id).toString();
        int before = problems.size();
        if (!sql.id().equals(id)) {
            problems.add(Problems.revisionFileWrongId(origin(element), sqlPath, id, sql.id()));
        }
        if (!Objects.equals(sql.parentId(), revision.parentId())) {
            problems.add(Problems.revisionFileWrongParent(
                    origin(element),
                    sqlPath,
                    id,
                    describeParent(sql.parentId()),
                    describeParent(revision.parentId()),
                    files.snapshotFile(id),
                    parentAnnotation(sql.parentId())));
        }
        String recomputed = Checksums.revision(sql.upgrade(), sql.downgrade(), sql.dataMigration());
        if (!recomputed.equals(sql.checksum())) {
            problems.add(Problems.revisionFileEdited(origin(element), sqlPath, sql.checksum(), recomputed));
        }
        String declaredJava = javaStep(revision);
        // Files written before format 1 do not list the Java step; its class then counts in no checksum.
        if (sql.format() >= RevisionSqlFile.CURRENT_FORMAT && !Objects.equals(sql.dataMigration(), declaredJava)) {
            problems.add(Problems.revisionFileJavaStepDiffers(
                    origin(element),
                    sqlPath,
                    sql.dataMigration() == null ? "no Java step" : "the Java step " + sql.dataMigration() + "#upgrade",
                    revision.className(),
                    declaredJava == null
                            ? "does not implement DataMigration"
                            : sql.dataMigration() == null ? "now implements DataMigration" : "is a different class",
                    files.snapshotFile(id)));
        }
        if (sql.snapshotChecksum() != null && !snapshotChecksum.equals(sql.snapshotChecksum())) {
            String snapshotPath = files.snapshotFile(id).toString();
            problems.add(Problems.snapshotEdited(
                    origin(element), snapshotPath, sqlPath, sql.snapshotChecksum(), snapshotChecksum));
        }
        if (headModel != null && snapshot != headModel && !headModel.equals(snapshot)) {
            problems.add(headDiffers(revision, element, snapshot, headModel));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Settled(snapshot, recomputed, sqlText);
    }

    private Settled generate(
            RevisionModel revision, TypeElement element, SchemaModel parentSnapshot, SchemaModel model) {
        RevisionScript script = RevisionScriptGenerator.generate(parentSnapshot, model, revision);
        boolean errors = false;
        for (Problem problem : script.problems()) {
            // The differ leaves a problem without a position when it concerns the revision as a whole.
            problems.add(problem.origin() == Origin.NONE ? problem.at(origin(element)) : problem);
            errors |= problem.isError();
        }
        if (errors) {
            return null;
        }
        String id = revision.id();
        String java = javaStep(revision);
        String checksum = Checksums.revision(script.upgrade(), script.downgrade(), java);
        Optional<Problem> javaHoldsLocks = DataMigrationLocks.check(
                revision,
                origin(element),
                parentSnapshot,
                model,
                script.upgrade(),
                shown(files.sqlFile(id)),
                shown(files.snapshotFile(id)));
        javaHoldsLocks.ifPresent(problems::add);
        String snapshotText = SnapshotJson.write(model);
        RevisionSqlFile sql = new RevisionSqlFile(
                        id,
                        revision.parentId(),
                        revision.message(),
                        checksum,
                        SnapshotJson.checksumOfText(snapshotText),
                        script.upgrade(),
                        script.downgrade(),
                        java)
                .withJavaWarnings(javaHoldsLocks.map(Problem::text).stream().toList());
        String sqlText;
        try {
            sqlText = sql.render();
        } catch (MalformedRevisionFileException e) {
            problems.add(Problems.statementNotWritable(origin(element), id, files.sqlFile(id), e.getMessage()));
            return null;
        }
        boolean sqlWritten;
        try {
            // The snapshot first: a .sql without its snapshot is reported as incomplete next time,
            // while the reverse would freeze statements nobody could diff against.
            files.writeIfChanged(files.snapshotFile(id), snapshotText);
            sqlWritten = files.writeIfChanged(files.sqlFile(id), sqlText);
        } catch (RevisionFileException e) {
            problems.add(Problems.revisionFileWriteFailed(origin(element), e.file(), e));
            return null;
        }
        if (sqlWritten) {
            written.add(new WrittenRevision(
                    origin(element), shown(files.sqlFile(id)), sql.upgradeSteps(), warningCodes(script, sql)));
        }
        return new Settled(model, checksum, sqlText);
    }

    /**
     * A revision file as notes and the warnings written into files show it: its folder's name and its
     * own ({@code lab/004_x.sql}), the same on every machine.
     */
    private String shown(Path file) {
        return files.directory().getFileName() + "/" + file.getFileName();
    }

    /** The codes of the warnings reported on a generated revision and written in its file, sorted. */
    private static List<String> warningCodes(RevisionScript script, RevisionSqlFile sql) {
        TreeSet<String> codes = new TreeSet<>();
        script.problems().stream()
                .filter(p -> !p.isError())
                .map(p -> p.message().code())
                .forEach(codes::add);
        List<String> lines = new ArrayList<>(sql.javaWarnings());
        sql.upgrade().forEach(s -> lines.addAll(s.warnings()));
        sql.downgrade().forEach(s -> lines.addAll(s.warnings()));
        for (String line : lines) {
            Matcher code = WARNING_CODE.matcher(line);
            if (code.lookingAt()) {
                codes.add(code.group(1));
            }
        }
        return List.copyOf(codes);
    }

    private Problem headDiffers(RevisionModel revision, TypeElement element, SchemaModel frozen, SchemaModel model) {
        List<String> differences = SchemaDiffer.differences(frozen, model);
        String listed = differences.isEmpty()
                ? "  - the models differ in a detail the differ does not describe (compare the snapshot with the @Table classes)"
                : differences.stream().map(line -> "  - " + line).collect(Collectors.joining("\n"));
        String id = revision.id();
        return Problems.headSnapshotDiffers(
                origin(element),
                id,
                files.snapshotFile(id),
                listed,
                NextRevision.annotation(id, ClassName.get(element)),
                files.sqlFile(id));
    }

    /** The class the revision's Java step runs, as its file lists it, or {@code null} without one. */
    private static String javaStep(RevisionModel revision) {
        return revision.dataMigration() ? revision.className() : null;
    }

    private static String describeParent(String parentId) {
        return parentId == null ? "none (the root)" : "'" + parentId + "'";
    }

    /** The parent a frozen file states, as the {@code @Revision} attribute that restores it. */
    private String parentAnnotation(String parentId) {
        if (parentId == null) {
            return "it as the root, without parent";
        }
        String className = classById.get(parentId);
        return className == null
                ? "its parent '" + parentId + "'"
                : "@Revision(parent = " + className.substring(className.lastIndexOf('.') + 1) + ".class)";
    }

    /** The {@code @Revision} annotation on the class, so javac points at it; the class when absent. */
    private static ElementOrigin origin(TypeElement element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(REVISION_ANNOTATION)) {
                return ElementOrigin.of(element, mirror);
            }
        }
        return ElementOrigin.of(element);
    }

    /**
     * What the freezer settled: the writers' input, or the problems that stop generation; and the
     * revisions whose files it wrote.
     */
    record Result(List<RevisionSource> revisions, List<Problem> problems, List<WrittenRevision> written) {

        Result {
            revisions = List.copyOf(revisions);
            problems = List.copyOf(problems);
            written = List.copyOf(written);
        }

        boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /**
     * How much of a frozen revision's snapshot this compile needs. Snapshots are the largest files of a
     * history (each is the whole model), so a build reads only those it uses; verifying reads all.
     */
    private enum SnapshotUse {
        /** The head's: compared with the model of the {@code @Table} classes. */
        COMPARED,
        /** The parent's of a head being generated: the differ starts from it. */
        DIFFED_FROM,
        /**
         * An older revision's: nothing compiled depends on it, so it is checked against the checksum
         * its {@code .sql} header recorded only with {@code -Amigrata.verify=true}.
         */
        UNUSED
    }

    /**
     * A revision's statements as the runtime runs them, its snapshot ({@code null} for an older one
     * nobody reads) and its checksum (the file's, which covers the statements as written).
     */
    /**
     * A revision's settled statements.
     *
     * @param snapshot its snapshot, or {@code null} when it was not read
     * @param checksum the checksum of its statements
     * @param sqlText its {@code .sql} file exactly as on disk, for the class path
     */
    private record Settled(SchemaModel snapshot, String checksum, String sqlText) {}

    /**
     * A revision whose two files this compilation wrote.
     *
     * @param origin the {@code @Revision} annotation of the class
     * @param sqlFile the {@code .sql} file as the note shows it: its folder's name and its own, {@code
     *     lab/004_x.sql} (the snapshot is written beside it)
     * @param upgrade the upgrade steps as they run
     * @param warningCodes the codes of the warnings reported on the revision and written in its file, sorted
     */
    record WrittenRevision(
            ElementOrigin origin, String sqlFile, List<RevisionStep> upgrade, List<String> warningCodes) {}
}
