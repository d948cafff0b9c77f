package dev.migrata.processor.files;

import dev.migrata.runtime.MigrationStep;
import dev.migrata.runtime.internal.RevisionFile;
import dev.migrata.runtime.internal.RevisionFileFormatException;
import dev.migrata.schema.sql.SqlStatement;
import java.util.List;

/**
 * The {@code <id>.sql} format as the processor uses it, with the schema module's statements: what
 * reviewers and DBAs read, what a frozen revision is compiled from, and what the runtime reads the
 * revision's steps from on the class path. Reading and writing are the runtime's {@link
 * RevisionFile}, the one reader and writer of the format, so what the processor checks and what the
 * application runs cannot read a file differently; this record converts its statements. A header of {@code --} comments (id, format, parent, message, checksums), then the upgrade
 * and the downgrade sections, each a list of numbered steps in the order they run:
 *
 * <pre>
 * -- migrata:upgrade
 *
 * -- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users; reads and writes wait, briefly
 * ALTER TABLE users ADD CONSTRAINT fk_users_team_id_teams FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID;
 *
 * -- [MIG601] Revision '004_teams' adds foreign key ...
 * -- step 2 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on users; scans it, writes continue
 * ALTER TABLE users VALIDATE CONSTRAINT fk_users_team_id_teams;
 *
 * -- step 3 (java) app.Revisions.Teams#upgrade
 *
 * -- step 4 (non-transactional, re-runnable, index ix_users_team_id)
 * CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_team_id ON users (team_id);
 * </pre>
 *
 * <p>A step's marker line states its facts: the transaction group it runs in ({@code (transaction
 * G)}) or that it runs outside any transaction ({@code (non-transactional)}), whether it may run
 * again after an interruption ({@code re-runnable}), the index it builds or drops concurrently
 * ({@code index I}) and the extension it creates ({@code extension E}); then, after {@code locks:},
 * what it locks. The warnings about a step are comment lines directly above its marker. Group,
 * re-runnable, index and extension count in the checksum (a fact at its default adds nothing);
 * locks and warnings are commentary.
 *
 * <p>The revision's Java {@code DataMigration}, when it has one, is the {@code (java)} step. It runs
 * in the first transaction: in the upgrade right after the last statement of that transaction (so
 * the schema it needs exists), in the downgrade right before the first one (while the schema it
 * undoes still exists), and alone when there is no SQL. Its place follows from the statements, so a
 * file lists it nowhere else.
 *
 * <p>Formats: the header line {@code -- Format: 1} marks the current one. A file without it was
 * written before formats were numbered; a format-1 file whose transactional steps are plain {@code
 * -- step N} markers was written before steps had groups. Both read as they always did, with the
 * same checksums; their steps run as the runtime of that time ran them (see {@link
 * #upgradeSteps()}).
 *
 * <p>The marker lines delimit the statements, so a statement is kept verbatim, blank lines and
 * comments included; the {@code ;} written after each statement is taken off again on reading. A
 * step marker only counts when it carries the next expected number, and {@link #render()} refuses
 * anything that would not read back as it was given, so what is read is exactly what was written.
 *
 * @param format the file format: {@link #CURRENT_FORMAT}, or 0 for a file written before formats
 *     were numbered
 * @param groupsStated whether the marker of every transactional step states its group, as this
 *     version writes them; {@code false} for a file written before steps had groups
 * @param id the revision id
 * @param parentId the parent's id, or {@code null} for the root
 * @param message the revision message (written on one line)
 * @param checksum the {@code sha256:} checksum of the statements, as the header states it
 * @param snapshotChecksum the {@code sha256:} checksum of the canonical {@code <id>.schema.json}, as
 *     the header states it, or {@code null} when the header has none
 * @param upgrade the upgrade statements in order, with the facts the file states
 * @param downgrade the downgrade statements in order, with the facts the file states
 * @param dataMigration the qualified name of the revision's {@code DataMigration} class, listed as a
 *     {@code (java)} step in each section (format 1), or {@code null} when the file lists none
 * @param javaWarnings the warnings written above the upgrade's Java step, one line each
 */
public record RevisionSqlFile(
        int format,
        boolean groupsStated,
        String id,
        String parentId,
        String message,
        String checksum,
        String snapshotChecksum,
        List<SqlStatement> upgrade,
        List<SqlStatement> downgrade,
        String dataMigration,
        List<String> javaWarnings) {

    /** The format {@link #render()} writes. */
    public static final int CURRENT_FORMAT = RevisionFile.CURRENT_FORMAT;

    /** A file in the current format. */
    public RevisionSqlFile(
            String id,
            String parentId,
            String message,
            String checksum,
            String snapshotChecksum,
            List<SqlStatement> upgrade,
            List<SqlStatement> downgrade) {
        this(id, parentId, message, checksum, snapshotChecksum, upgrade, downgrade, null);
    }

    /** A file in the current format whose revision runs a {@code DataMigration} ({@code null}: none). */
    public RevisionSqlFile(
            String id,
            String parentId,
            String message,
            String checksum,
            String snapshotChecksum,
            List<SqlStatement> upgrade,
            List<SqlStatement> downgrade,
            String dataMigration) {
        this(
                CURRENT_FORMAT,
                true,
                id,
                parentId,
                message,
                checksum,
                snapshotChecksum,
                upgrade,
                downgrade,
                dataMigration,
                List.of());
    }

    /** Copies the lists and normalizes the message. */
    public RevisionSqlFile {
        message = message == null ? "" : message;
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        javaWarnings = javaWarnings == null ? List.of() : List.copyOf(javaWarnings);
    }

    /** The same file with these warnings written above the upgrade's Java step, one line each. */
    public RevisionSqlFile withJavaWarnings(List<String> warnings) {
        return new RevisionSqlFile(
                format,
                groupsStated,
                id,
                parentId,
                message,
                checksum,
                snapshotChecksum,
                upgrade,
                downgrade,
                dataMigration,
                warnings);
    }

    /**
     * The file's text: {@code \n} line endings, a trailing newline.
     *
     * @throws MalformedRevisionFileException when something would not be read back as it is given
     * @see RevisionFile#render()
     */
    public String render() throws MalformedRevisionFileException {
        try {
            return toFile().render();
        } catch (RevisionFileFormatException e) {
            throw new MalformedRevisionFileException(e.getMessage(), e.line());
        }
    }

    /**
     * Reads a file written by {@link #render()}, or by an earlier version.
     *
     * @throws MalformedRevisionFileException when the file cannot be read
     * @see RevisionFile#parse(String)
     */
    public static RevisionSqlFile parse(String text) throws MalformedRevisionFileException {
        RevisionFile file;
        try {
            file = RevisionFile.parse(text);
        } catch (RevisionFileFormatException e) {
            throw new MalformedRevisionFileException(e.getMessage(), e.line());
        }
        return new RevisionSqlFile(
                file.format(),
                file.groupsStated(),
                file.id(),
                file.parentId(),
                file.message(),
                file.checksum(),
                file.snapshotChecksum(),
                file.upgrade().stream().map(RevisionSqlFile::statement).toList(),
                file.downgrade().stream().map(RevisionSqlFile::statement).toList(),
                file.dataMigration(),
                file.javaWarnings());
    }

    /** The upgrade steps in the order the runtime runs them; see {@link RevisionFile#upgradeSteps()}. */
    public List<RevisionStep> upgradeSteps() {
        return steps(toFile().upgradeSteps());
    }

    /** As {@link #upgradeSteps()}, for a revision whose class runs {@code dataMigrationClass}. */
    public List<RevisionStep> upgradeSteps(String dataMigrationClass) {
        return steps(toFile().upgradeSteps(dataMigrationClass));
    }

    /** The downgrade steps in the order the runtime runs them; see {@link RevisionFile#downgradeSteps()}. */
    public List<RevisionStep> downgradeSteps() {
        return steps(toFile().downgradeSteps());
    }

    /** As {@link #downgradeSteps()}, for a revision whose class runs {@code dataMigrationClass}. */
    public List<RevisionStep> downgradeSteps(String dataMigrationClass) {
        return steps(toFile().downgradeSteps(dataMigrationClass));
    }

    /** Where the Java step runs among {@code statements}; see {@link RevisionFile#javaIndex}. */
    public static int javaIndex(List<SqlStatement> statements, boolean upgrade) {
        return RevisionFile.javaIndex(
                statements.stream().map(RevisionSqlFile::statement).toList(), upgrade);
    }

    private RevisionFile toFile() {
        return new RevisionFile(
                format,
                groupsStated,
                id,
                parentId,
                message,
                checksum,
                snapshotChecksum,
                upgrade.stream().map(RevisionSqlFile::statement).toList(),
                downgrade.stream().map(RevisionSqlFile::statement).toList(),
                dataMigration,
                javaWarnings);
    }

    private static RevisionFile.Statement statement(SqlStatement s) {
        return new RevisionFile.Statement(
                s.sql(), s.group(), s.rerunnable(), s.index(), s.extension(), s.lock(), s.warnings());
    }

    private static SqlStatement statement(RevisionFile.Statement s) {
        return new SqlStatement(s.sql(), s.group(), s.rerunnable(), s.index(), s.extension(), s.lock(), s.warnings());
    }

    /** The runtime's steps as the processor's: a Java step, or a statement with the facts it states. */
    private static List<RevisionStep> steps(List<MigrationStep> steps) {
        return steps.stream()
                .map(step -> step.isJava()
                        ? RevisionStep.java(step.dataMigration())
                        : RevisionStep.of(new SqlStatement(
                                step.sql(),
                                step.group(),
                                step.rerunnable(),
                                step.index(),
                                step.extension(),
                                step.lock(),
                                List.of())))
                .toList();
    }
}
