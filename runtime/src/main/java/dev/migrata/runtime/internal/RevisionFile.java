package dev.migrata.runtime.internal;

import dev.migrata.runtime.MigrationStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <id>.sql} format: what reviewers and DBAs read, what a frozen revision is compiled from,
 * and what the runtime reads its steps from (the file is copied unchanged onto the class path). The
 * one reader and writer of the format in Migrata; not API: only Migrata's own modules use it.
 *
 * <p> A header of {@code --} comments (id, format, parent, message, checksums), then the upgrade
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
public record RevisionFile(
        int format,
        boolean groupsStated,
        String id,
        String parentId,
        String message,
        String checksum,
        String snapshotChecksum,
        List<Statement> upgrade,
        List<Statement> downgrade,
        String dataMigration,
        List<String> javaWarnings) {

    /** The format {@link #render()} writes. */
    public static final int CURRENT_FORMAT = 1;

    /** The group of a plain {@code -- step N} marker, written before steps had groups. */
    private static final int FIRST_GROUP = 1;

    /** The transaction group a Java step runs in. */
    public static final int JAVA_GROUP = 1;

    /** Control characters and line or paragraph separators, which a one-line header value may not hold. */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]+");

    static final String UPGRADE_MARKER = "-- migrata:upgrade";
    static final String DOWNGRADE_MARKER = "-- migrata:downgrade";
    private static final String NO_STATEMENTS = "-- (no statements)";
    private static final String ROOT = "(none: root revision)";
    private static final String UPGRADE = "upgrade";
    private static final String DOWNGRADE = "downgrade";

    /** An index or extension name: plain characters and double-quoted parts, e.g. {@code "s"."ix"}. */
    private static final String NAME = "((?:\"(?:[^\"]|\"\")*\"|[^\\s,()\"])+)";

    private static final String FACTS = "(?:, index " + NAME + ")?(?:, extension " + NAME + ")?";
    private static final Pattern STEP = Pattern.compile("-- step (\\d+)"
            + "(?: \\((?:transaction ([1-9][0-9]{0,8})|(non-transactional)(, re-runnable)?)" + FACTS + "\\)"
            + "(?: locks: (.+))?"
            + "| \\(java\\) ([^\\s#]+)#(upgrade|downgrade))?");
    // The groups of STEP, by name.
    private static final int NUMBER = 1;
    private static final int GROUP = 2;
    private static final int NON_TRANSACTIONAL = 3;
    private static final int RERUNNABLE = 4;
    private static final int INDEX = 5;
    private static final int EXTENSION = 6;
    private static final int LOCK = 7;
    private static final int JAVA_CLASS = 8;
    private static final int JAVA_DIRECTION = 9;

    /** A warning line above a step: {@code -- [MIG601] ...}. */
    private static final Pattern WARNING = Pattern.compile("-- (\\[MIG\\d{3}\\].*)");

    private static final Pattern HEADER =
            Pattern.compile("-- (Migrata revision|Format:|Parent:|Message:|Checksum:|Snapshot:) ?(.*)");

    /**
     * The statements the generator wrote, before format 1, for its concurrent index builds and drops:
     * idempotent by construction. Only these are re-runnable in an old file; nothing else is inferred.
     */
    private static final Pattern LEGACY_RERUNNABLE = Pattern.compile(
            "CREATE (UNIQUE )?INDEX CONCURRENTLY IF NOT EXISTS [^\\s;]+ ON [^;\\n]+|DROP INDEX CONCURRENTLY IF EXISTS [^\\s;]+");

    /** The generator's own concurrent index build, before steps stated their index: name, table. */
    private static final Pattern LEGACY_INDEX_BUILD =
            Pattern.compile("CREATE (?:UNIQUE )?INDEX CONCURRENTLY IF NOT EXISTS ([^\\s;]+) ON ([^\\s;(]+) [^;\\n]+");

    /** The generator's own concurrent index drop, before steps stated their index: the name. */
    private static final Pattern LEGACY_INDEX_DROP = Pattern.compile("DROP INDEX CONCURRENTLY IF EXISTS ([^\\s;]+)");

    /** The generator's own extension statement, before steps stated their extension: the name. */
    private static final Pattern LEGACY_EXTENSION = Pattern.compile("CREATE EXTENSION IF NOT EXISTS ([^\\s;]+)");

    /** A file in the current format. */
    public RevisionFile(
            String id,
            String parentId,
            String message,
            String checksum,
            String snapshotChecksum,
            List<Statement> upgrade,
            List<Statement> downgrade) {
        this(id, parentId, message, checksum, snapshotChecksum, upgrade, downgrade, null);
    }

    /** A file in the current format whose revision runs a {@code DataMigration} ({@code null}: none). */
    public RevisionFile(
            String id,
            String parentId,
            String message,
            String checksum,
            String snapshotChecksum,
            List<Statement> upgrade,
            List<Statement> downgrade,
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
    public RevisionFile {
        message = message == null ? "" : message;
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        javaWarnings = javaWarnings == null ? List.of() : List.copyOf(javaWarnings);
    }

    /** The same file with these warnings written above the upgrade's Java step, one line each. */
    public RevisionFile withJavaWarnings(List<String> warnings) {
        return new RevisionFile(
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
     * @throws RevisionFileFormatException when something would not be read back as it is given: a
     *     statement containing a line that reads as a marker, a lock or warning that is not one line, a
     *     warning that does not start with its code, a name the marker syntax cannot hold
     */
    public String render() throws RevisionFileFormatException {
        StringBuilder out = new StringBuilder();
        out.append("-- Migrata revision ").append(id).append('\n');
        if (format > 0) {
            out.append("-- Format: ").append(format).append('\n');
        }
        out.append("-- Parent:   ").append(parentId == null ? ROOT : parentId).append('\n');
        out.append("-- Message:  ").append(oneLine(message)).append('\n');
        out.append("-- Checksum: ").append(checksum).append('\n');
        if (snapshotChecksum != null) {
            out.append("-- Snapshot: ").append(snapshotChecksum).append('\n');
        }
        out.append("-- Generated by Migrata from the parent's snapshot and the @Table classes.")
                .append(" Frozen: once this file exists it is read, never regenerated.\n");
        appendSection(out, UPGRADE_MARKER, upgrade, javaIndex(upgrade, true), UPGRADE, javaWarnings);
        appendSection(out, DOWNGRADE_MARKER, downgrade, javaIndex(downgrade, false), DOWNGRADE, List.of());
        String text = out.toString();
        if (!readsBackAsWritten(text)) {
            throw new RevisionFileFormatException(
                    "a statement contains a line that reads as a step or section marker ('-- step N', '"
                            + UPGRADE_MARKER + "', '" + DOWNGRADE_MARKER + "'), or a lock, warning, index or"
                            + " extension name does not fit on its line",
                    0);
        }
        return text;
    }

    /**
     * Reads a file written by {@link #render()}, or by an earlier version. Carriage returns before
     * line feeds are ignored, so a checkout with Windows line endings reads the same.
     *
     * @throws RevisionFileFormatException when the header or the markers are missing or out of
     *     order, a line outside every step is not a comment, or a Java step is not where it runs
     */
    public static RevisionFile parse(String text) throws RevisionFileFormatException {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int upgradeAt = indexOf(lines, UPGRADE_MARKER, 0);
        int downgradeAt = upgradeAt < 0 ? -1 : indexOf(lines, DOWNGRADE_MARKER, upgradeAt + 1);
        if (upgradeAt < 0) {
            throw new RevisionFileFormatException("the line '" + UPGRADE_MARKER + "' is missing", 0);
        }
        if (downgradeAt < 0) {
            throw new RevisionFileFormatException("the line '" + DOWNGRADE_MARKER + "' is missing", 0);
        }
        Header header = readHeader(lines, upgradeAt);
        Section up = readSection(lines, upgradeAt + 1, downgradeAt, UPGRADE);
        // The file ends with a newline, so the split leaves an empty last element that is not content.
        int end = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        Section down = readSection(lines, downgradeAt + 1, end, DOWNGRADE);
        if (!Objects.equals(up.dataMigration, down.dataMigration)) {
            throw new RevisionFileFormatException(
                    "the upgrade and downgrade sections list different Java steps ("
                            + (up.dataMigration == null ? "none" : up.dataMigration) + " and "
                            + (down.dataMigration == null ? "none" : down.dataMigration) + ")",
                    downgradeAt + 1);
        }
        if (!down.javaWarnings.isEmpty()) {
            throw new RevisionFileFormatException(
                    "warnings are written above the upgrade's Java step only", down.javaLine);
        }
        boolean groupsStated = header.format >= CURRENT_FORMAT && up.groupsStated && down.groupsStated;
        checkJavaPlace(up, groupsStated, true);
        checkJavaPlace(down, groupsStated, false);
        return new RevisionFile(
                header.format,
                groupsStated,
                header.id,
                header.parentId,
                header.message,
                header.checksum,
                header.snapshotChecksum,
                up.statements,
                down.statements,
                up.dataMigration,
                up.javaWarnings);
    }

    /**
     * The upgrade steps in the order the runtime runs them, the Java step included. The file's order,
     * with the facts it states; where a step does not state its index or extension and its statement
     * is exactly one the generator wrote before steps stated them (a concurrent index build or drop,
     * {@code CREATE EXTENSION IF NOT EXISTS}), that fact is supplied, and in a file older than format
     * 1 the generator's concurrent index statements are re-runnable, as they always were. A file
     * written before steps had groups runs as the runtime of that time ran it: the transactional
     * statements in one transaction, then the Java step, then the non-transactional statements. The
     * checksum stays the one of {@link #upgrade()}.
     */
    public List<MigrationStep> upgradeSteps() {
        return steps(upgrade, true, dataMigration);
    }

    /**
     * As {@link #upgradeSteps()}, for a revision whose class runs {@code dataMigrationClass}: a file
     * older than format 1 does not list that Java step, and it runs where the runtime of that time ran
     * it, after the transactional statements, in their transaction. A file that lists its Java step
     * (or states that it has none) is taken as it is.
     */
    public List<MigrationStep> upgradeSteps(String dataMigrationClass) {
        return steps(upgrade, true, javaStepOf(dataMigrationClass));
    }

    /**
     * The downgrade steps in the order the runtime runs them; see {@link #upgradeSteps()}. A file
     * written before steps had groups runs its non-transactional statements first, then the Java step
     * and the transactional statements in one transaction.
     */
    public List<MigrationStep> downgradeSteps() {
        return steps(downgrade, false, dataMigration);
    }

    /**
     * As {@link #downgradeSteps()}, for a revision whose class runs {@code dataMigrationClass}; see
     * {@link #upgradeSteps(String)}. In a file older than format 1 it runs after the non-transactional
     * statements, before the transactional ones, in their transaction.
     */
    public List<MigrationStep> downgradeSteps(String dataMigrationClass) {
        return steps(downgrade, false, javaStepOf(dataMigrationClass));
    }

    /** The Java step that runs: the listed one, or in a file older than format 1 the class's own. */
    private String javaStepOf(String dataMigrationClass) {
        return format < CURRENT_FORMAT ? dataMigrationClass : dataMigration;
    }

    /**
     * Where the Java step runs among {@code statements}, as an index into them. Upgrade: right after
     * the last statement of the first transaction group, or first when it has none. Downgrade: right
     * before the first statement of the first group, or after the leading non-transactional
     * statements when it has none.
     */
    public static int javaIndex(List<Statement> statements, boolean upgrade) {
        if (upgrade) {
            for (int i = statements.size() - 1; i >= 0; i--) {
                if (statements.get(i).group() == JAVA_GROUP) {
                    return i + 1;
                }
            }
            return 0;
        }
        int leadingOutside = 0;
        while (leadingOutside < statements.size()
                && !statements.get(leadingOutside).transactional()) {
            leadingOutside++;
        }
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).group() == JAVA_GROUP) {
                return i;
            }
        }
        return leadingOutside;
    }

    /**
     * Where the writer before step groups listed the Java step, which is also where the runtime of
     * that time ran it: upgrade before the first non-transactional statement, downgrade before the
     * first transactional one.
     */
    private static int javaIndexBeforeGroups(List<Statement> statements, boolean upgrade) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).transactional() != upgrade) {
                return i;
            }
        }
        return statements.size();
    }

    private List<MigrationStep> steps(List<Statement> statements, boolean upgrade, String java) {
        List<Statement> run = statements.stream().map(this::withLegacyFacts).toList();
        List<MigrationStep> steps = new ArrayList<>();
        if (groupsStated) {
            run.forEach(s -> steps.add(s.toStep()));
            if (java != null) {
                steps.add(javaIndex(run, upgrade), MigrationStep.java(JAVA_GROUP, java));
            }
            return steps;
        }
        // The runtime before step groups ran all transactional statements in one transaction and the
        // others after it (upgrade) or before it (downgrade), whatever their order in the file.
        List<Statement> inTransaction =
                run.stream().filter(Statement::transactional).toList();
        List<Statement> outside = run.stream().filter(s -> !s.transactional()).toList();
        (upgrade ? inTransaction : outside).forEach(s -> steps.add(s.toStep()));
        if (java != null) {
            steps.add(MigrationStep.java(JAVA_GROUP, java));
        }
        (upgrade ? outside : inTransaction).forEach(s -> steps.add(s.toStep()));
        return steps;
    }

    /** The statement with the facts its file predates, when it is exactly the generator's own form. */
    private Statement withLegacyFacts(Statement statement) {
        Statement run = statement;
        String sql = statement.sql();
        if (!run.transactional()) {
            if (format < CURRENT_FORMAT && LEGACY_RERUNNABLE.matcher(sql).matches()) {
                run = new Statement(
                        sql,
                        MigrationStep.NO_TRANSACTION,
                        true,
                        run.index(),
                        run.extension(),
                        run.lock(),
                        run.warnings());
            }
            if (run.index() == null) {
                Matcher build = LEGACY_INDEX_BUILD.matcher(sql);
                Matcher drop = LEGACY_INDEX_DROP.matcher(sql);
                if (build.matches()) {
                    run = run.withIndex(qualifiedLike(build.group(1), build.group(2)));
                } else if (drop.matches()) {
                    run = run.withIndex(drop.group(1));
                }
            }
        }
        if (run.extension() == null) {
            Matcher extension = LEGACY_EXTENSION.matcher(sql);
            if (extension.matches()) {
                run = run.withExtension(unquoted(extension.group(1)));
            }
        }
        return run;
    }

    /** {@code index} in the schema of {@code table} when the table's name is schema-qualified. */
    private static String qualifiedLike(String index, String table) {
        boolean quoted = false;
        for (int i = table.length() - 1; i >= 0; i--) {
            char c = table.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                return table.substring(0, i) + "." + index;
            }
        }
        return index;
    }

    private static String unquoted(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name;
    }

    private boolean readsBackAsWritten(String text) {
        try {
            RevisionFile readBack = parse(text);
            return readBack.upgrade.equals(upgrade)
                    && readBack.downgrade.equals(downgrade)
                    && Objects.equals(readBack.dataMigration, dataMigration)
                    && readBack.javaWarnings.equals(javaWarnings);
        } catch (RevisionFileFormatException e) {
            return false;
        }
    }

    private void appendSection(
            StringBuilder out,
            String marker,
            List<Statement> statements,
            int javaAt,
            String direction,
            List<String> javaStepWarnings) {
        out.append('\n').append(marker).append('\n');
        boolean java = dataMigration != null;
        if (statements.isEmpty() && !java) {
            out.append('\n').append(NO_STATEMENTS).append('\n');
        }
        int number = 0;
        for (int i = 0; i <= statements.size(); i++) {
            if (java && i == javaAt) {
                out.append('\n');
                appendWarnings(out, javaStepWarnings);
                out.append("-- ")
                        .append(stepHeader(++number, MigrationStep.java(JAVA_GROUP, dataMigration), direction))
                        .append('\n');
            }
            if (i == statements.size()) {
                break;
            }
            Statement statement = statements.get(i);
            out.append('\n');
            appendWarnings(out, statement.warnings());
            out.append("-- ").append(stepHeader(++number, statement.toStep(), direction));
            out.append('\n').append(statement.sql()).append(";\n");
        }
    }

    private static void appendWarnings(StringBuilder out, List<String> warnings) {
        for (String warning : warnings) {
            out.append("-- ").append(warning).append('\n');
        }
    }

    private static Header readHeader(String[] lines, int end) throws RevisionFileFormatException {
        Header header = new Header();
        for (int i = 0; i < end; i++) {
            Matcher m = HEADER.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "Migrata revision":
                    header.id = value;
                    break;
                case "Format:":
                    header.format = formatNumber(value, i + 1);
                    break;
                case "Parent:":
                    header.parentId = value.equals(ROOT) ? null : value;
                    break;
                case "Message:":
                    header.message = value;
                    break;
                case "Snapshot:":
                    header.snapshotChecksum = value;
                    break;
                default:
                    header.checksum = value;
                    break;
            }
        }
        if (header.id == null) {
            throw new RevisionFileFormatException("the header line '-- Migrata revision <id>' is missing", 1);
        }
        if (header.checksum == null) {
            throw new RevisionFileFormatException("the header line '-- Checksum: sha256:...' is missing", 1);
        }
        return header;
    }

    /**
     * A section as read: its statements, the Java step it lists (class, place among the statements,
     * marker line, warnings) and whether every transactional step states its group.
     */
    private static final class Section {
        final List<Statement> statements = new ArrayList<>();
        String dataMigration;
        int javaAt = -1;
        int javaLine;
        List<String> javaWarnings = List.of();
        boolean groupsStated = true;
    }

    /** The steps between two section markers; {@code from} and {@code to} are line indexes. */
    private static Section readSection(String[] lines, int from, int to, String direction)
            throws RevisionFileFormatException {
        List<Integer> markers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (isStep(lines[i], markers.size() + 1)) {
                markers.add(i);
            }
        }
        // Before the first step (or its warnings) only blank lines and the "no statements" note.
        int firstContent = markers.isEmpty() ? to : warningsStart(lines, from, markers.get(0));
        for (int i = from; i < firstContent; i++) {
            if (!lines[i].isBlank() && !lines[i].equals(NO_STATEMENTS)) {
                throw new RevisionFileFormatException("expected '-- step 1', found: " + lines[i], i + 1);
            }
        }
        Section section = new Section();
        for (int k = 0; k < markers.size(); k++) {
            int at = markers.get(k);
            int bodyStart = at + 1;
            boolean last = k + 1 == markers.size();
            // The next step's warnings stand directly above its marker, after this step's body.
            int bodyEnd = last ? to : warningsStart(lines, bodyStart, markers.get(k + 1));
            List<String> warnings = warnings(lines, k == 0 ? from : markers.get(k - 1) + 1, at);
            Matcher step = STEP.matcher(lines[at]);
            step.matches();
            if (step.group(JAVA_CLASS) != null) {
                if (section.dataMigration != null || !step.group(JAVA_DIRECTION).equals(direction)) {
                    throw new RevisionFileFormatException(
                            "a " + direction + " section lists one Java step, ending in #" + direction, at + 1);
                }
                for (int i = bodyStart; i < bodyEnd; i++) {
                    if (!lines[i].isEmpty()) {
                        throw new RevisionFileFormatException("a Java step has no SQL, found: " + lines[i], i + 1);
                    }
                }
                section.dataMigration = step.group(JAVA_CLASS);
                section.javaAt = section.statements.size();
                section.javaLine = at + 1;
                section.javaWarnings = warnings;
                continue;
            }
            int group;
            if (step.group(NON_TRANSACTIONAL) != null) {
                group = MigrationStep.NO_TRANSACTION;
            } else if (step.group(GROUP) != null) {
                group = Integer.parseInt(step.group(GROUP));
            } else {
                // A plain "-- step N": the first transaction, as the writer before step groups meant.
                group = FIRST_GROUP;
                section.groupsStated = false;
            }
            section.statements.add(new Statement(
                    body(lines, bodyStart, bodyEnd, at + 1),
                    group,
                    step.group(RERUNNABLE) != null,
                    step.group(INDEX),
                    step.group(EXTENSION),
                    step.group(LOCK),
                    warnings));
        }
        return section;
    }

    /** The first line of the warnings directly above the marker at {@code marker}, not before {@code from}. */
    private static int warningsStart(String[] lines, int from, int marker) {
        int start = marker;
        while (start > from && WARNING.matcher(lines[start - 1]).matches()) {
            start--;
        }
        return start;
    }

    /** The warnings directly above the marker at {@code marker}, without their comment prefix. */
    private static List<String> warnings(String[] lines, int from, int marker) {
        List<String> warnings = new ArrayList<>();
        for (int i = warningsStart(lines, from, marker); i < marker; i++) {
            Matcher warning = WARNING.matcher(lines[i]);
            warning.matches();
            warnings.add(warning.group(1));
        }
        return warnings;
    }

    /** Refuses a Java step listed anywhere but where it runs: its place follows from the statements. */
    private static void checkJavaPlace(Section section, boolean groupsStated, boolean upgrade)
            throws RevisionFileFormatException {
        if (section.dataMigration == null) {
            return;
        }
        int expected = groupsStated
                ? javaIndex(section.statements, upgrade)
                : javaIndexBeforeGroups(section.statements, upgrade);
        if (section.javaAt != expected) {
            throw new RevisionFileFormatException(
                    "the Java step is listed as step " + (section.javaAt + 1) + " of the "
                            + (upgrade ? UPGRADE : DOWNGRADE)
                            + ", but it runs as step " + (expected + 1)
                            + (upgrade
                                    ? ", right after the last statement of transaction 1"
                                    : ", right before the first statement of transaction 1"),
                    section.javaLine);
        }
    }

    /** A step's statement: its lines, less the blank separator line and the {@code ;} written after it. */
    private static String body(String[] lines, int from, int to, int stepLine) throws RevisionFileFormatException {
        int end = to;
        // Every step but the section's last is followed by one blank line before the next marker.
        if (end > from && lines[end - 1].isEmpty()) {
            end--;
        }
        String text = String.join("\n", Arrays.asList(lines).subList(from, end));
        if (!text.endsWith(";")) {
            throw new RevisionFileFormatException(
                    "step at line " + stepLine + " does not end with ';' followed by a blank line", stepLine);
        }
        return text.substring(0, text.length() - 1);
    }

    private static boolean isStep(String line, int number) {
        Matcher m = STEP.matcher(line);
        return m.matches() && m.group(NUMBER).equals(Integer.toString(number));
    }

    private static int indexOf(String[] lines, String marker, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].equals(marker)) {
                return i;
            }
        }
        return -1;
    }

    private static int formatNumber(String value, int line) throws RevisionFileFormatException {
        if (!value.matches("[0-9]{1,3}")) {
            throw new RevisionFileFormatException("the format '" + value + "' is not a number", line);
        }
        int format = Integer.parseInt(value);
        if (format < 1 || format > CURRENT_FORMAT) {
            throw new RevisionFileFormatException(
                    "the file is in format " + format + ", which this version of Migrata does not read (it reads"
                            + " formats up to " + CURRENT_FORMAT + "): compile with the Migrata version that wrote it"
                            + " or a newer one",
                    line);
        }
        return format;
    }

    /**
     * A step's header line without its comment marker, as files state it and {@code plan} prints it:
     * {@code step N (transaction G, extension E) locks: L}, {@code step N (non-transactional,
     * re-runnable, index I)}, {@code step N (java) app.Revisions.Backfill#upgrade}. The only writer of
     * the line; a fact at its default is left out, and so is the lock when none is stated.
     *
     * @param number the step's number in its section, from 1
     * @param step the step
     * @param direction {@code upgrade} or {@code downgrade}
     */
    public static String stepHeader(int number, MigrationStep step, String direction) {
        StringBuilder text = new StringBuilder("step ").append(number);
        if (step.isJava()) {
            return text.append(" (java) ")
                    .append(step.dataMigration())
                    .append('#')
                    .append(direction)
                    .toString();
        }
        text.append(" (");
        if (step.transactional()) {
            text.append("transaction ").append(step.group());
        } else {
            text.append("non-transactional");
            if (step.rerunnable()) {
                text.append(", re-runnable");
            }
        }
        if (step.index() != null) {
            text.append(", index ").append(step.index());
        }
        if (step.extension() != null) {
            text.append(", extension ").append(step.extension());
        }
        text.append(')');
        if (step.lock() != null) {
            text.append(" locks: ").append(step.lock());
        }
        return text.toString();
    }

    /** {@code text} on one line: each run of line breaks and control characters becomes a space. */
    public static String oneLine(String text) {
        return BREAKS.matcher(text).replaceAll(" ").strip();
    }

    /**
     * One SQL step as its file states it: the statement, the facts of its header line and the
     * warnings written above it.
     *
     * @param sql the statement, without the {@code ;} written after it
     * @param group its transaction group, or {@link MigrationStep#NO_TRANSACTION}
     * @param rerunnable whether it may run again after an interruption
     * @param index the index it builds or drops concurrently, or {@code null}
     * @param extension the extension it creates, or {@code null}
     * @param lock what it locks, or {@code null}
     * @param warnings the warning lines above its header, without their comment prefix
     */
    public record Statement(
            String sql,
            int group,
            boolean rerunnable,
            String index,
            String extension,
            String lock,
            List<String> warnings) {

        /** Copies the warnings; a transactional statement is never re-runnable. */
        public Statement {
            rerunnable = rerunnable && group == MigrationStep.NO_TRANSACTION;
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        /** Whether it runs inside a transaction. */
        public boolean transactional() {
            return group != MigrationStep.NO_TRANSACTION;
        }

        Statement withIndex(String index) {
            return new Statement(sql, group, rerunnable, index, extension, lock, warnings);
        }

        Statement withExtension(String extension) {
            return new Statement(sql, group, rerunnable, index, extension, lock, warnings);
        }

        /** The runtime's step with the same facts; warnings are commentary and are left out. */
        public MigrationStep toStep() {
            return new MigrationStep(sql, group, rerunnable, index, extension, lock, null);
        }
    }

    /** The header as it is read, before it is validated. */
    private static final class Header {
        int format;
        String id;
        String parentId;
        String message = "";
        String checksum;
        String snapshotChecksum;
    }
}
