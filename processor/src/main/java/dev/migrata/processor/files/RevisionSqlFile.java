package dev.migrata.processor.files;

import dev.migrata.schema.sql.SqlComments;
import dev.migrata.schema.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <id>.sql} format: what reviewers and DBAs read, and what a frozen revision is compiled
 * from. A header of {@code --} comments (id, parent, message, checksum), then the upgrade and the
 * downgrade sections, each a list of numbered steps:
 *
 * <pre>
 * -- migrata:upgrade
 *
 * -- step 1
 * ALTER TABLE users RENAME COLUMN name TO full_name;
 *
 * -- step 2 (non-transactional, re-runnable)
 * CREATE INDEX CONCURRENTLY IF NOT EXISTS ...;
 * </pre>
 *
 * <p>Formats: the header line {@code -- Format: 1} marks the current one, where a step's facts
 * (outside the transaction, safe to rerun) are written in its marker line and counted in the
 * checksum. A file without that line was written before format 1: it reads as it always did, with
 * the same checksum, and the runtime learns which of its steps are re-runnable from {@link
 * #upgradeSteps()} / {@link #downgradeSteps()}.
 *
 * <p>The marker lines delimit the statements, so a statement is kept verbatim, blank lines and
 * comments included; the {@code ;} written after each statement is taken off again on reading. A
 * step marker only counts when it carries the next expected number, and {@link #render()} refuses
 * statements containing a line that would read back as a marker, so what is read is exactly what
 * was written.
 *
 * @param format the file format: {@link #CURRENT_FORMAT}, or 0 for a file written before formats
 *     were numbered
 * @param id the revision id
 * @param parentId the parent's id, or {@code null} for the root
 * @param message the revision message (written on one line)
 * @param checksum the {@code sha256:} checksum of the statements, as the header states it
 * @param snapshotChecksum the {@code sha256:} checksum of the canonical {@code <id>.schema.json}, as
 *     the header states it, or {@code null} when the header has none
 * @param upgrade the upgrade statements in order
 * @param downgrade the downgrade statements in order
 * @param dataMigration the qualified name of the revision's {@code DataMigration} class, listed as a
 *     {@code (java)} step in each section (format 1), or {@code null} when the file lists none
 */
public record RevisionSqlFile(
        int format,
        String id,
        String parentId,
        String message,
        String checksum,
        String snapshotChecksum,
        List<SqlStatement> upgrade,
        List<SqlStatement> downgrade,
        String dataMigration) {

    /** The format {@link #render()} writes. */
    public static final int CURRENT_FORMAT = 1;

    static final String UPGRADE_MARKER = "-- migrata:upgrade";
    static final String DOWNGRADE_MARKER = "-- migrata:downgrade";
    private static final String NO_STATEMENTS = "-- (no statements)";
    private static final String NON_TRANSACTIONAL = "non-transactional";
    private static final String RERUNNABLE = "re-runnable";
    private static final String ROOT = "(none: root revision)";

    private static final Pattern STEP = Pattern.compile(
            "-- step (\\d+)(?: \\((non-transactional)(, re-runnable)?\\)| \\(java\\) ([^\\s#]+)#(upgrade|downgrade))?");
    private static final Pattern HEADER =
            Pattern.compile("-- (Migrata revision|Format:|Parent:|Message:|Checksum:|Snapshot:) ?(.*)");
    /**
     * The statements the generator wrote, before format 1, for its concurrent index builds and drops:
     * idempotent by construction. Only these are re-runnable in an old file; nothing else is inferred.
     */
    private static final Pattern LEGACY_RERUNNABLE = Pattern.compile(
            "CREATE (UNIQUE )?INDEX CONCURRENTLY IF NOT EXISTS [^\\s;]+ ON [^;\\n]+|DROP INDEX CONCURRENTLY IF EXISTS [^\\s;]+");

    /** A file in the current format. */
    public RevisionSqlFile(
            String id,
            String parentId,
            String message,
            String checksum,
            String snapshotChecksum,
            List<SqlStatement> upgrade,
            List<SqlStatement> downgrade) {
        this(CURRENT_FORMAT, id, parentId, message, checksum, snapshotChecksum, upgrade, downgrade, null);
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
        this(CURRENT_FORMAT, id, parentId, message, checksum, snapshotChecksum, upgrade, downgrade, dataMigration);
    }

    /** Copies the lists and normalizes the message. */
    public RevisionSqlFile {
        message = message == null ? "" : message;
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    /**
     * The file's text: {@code \n} line endings, a trailing newline.
     *
     * @throws MalformedRevisionFileException when a statement contains a line that would be read
     *     back as a marker, so the file could not be parsed into the same statements
     */
    public String render() throws MalformedRevisionFileException {
        StringBuilder out = new StringBuilder();
        out.append("-- Migrata revision ").append(id).append('\n');
        if (format > 0) {
            out.append("-- Format: ").append(format).append('\n');
        }
        out.append("-- Parent:   ").append(parentId == null ? ROOT : parentId).append('\n');
        out.append("-- Message:  ").append(SqlComments.oneLine(message)).append('\n');
        out.append("-- Checksum: ").append(checksum).append('\n');
        if (snapshotChecksum != null) {
            out.append("-- Snapshot: ").append(snapshotChecksum).append('\n');
        }
        out.append("-- Generated by Migrata from the parent's snapshot and the @Table classes.")
                .append(" Frozen: once this file exists it is read, never regenerated.\n");
        appendSection(out, UPGRADE_MARKER, upgrade, javaStepIndex(upgrade, false), "upgrade");
        appendSection(out, DOWNGRADE_MARKER, downgrade, javaStepIndex(downgrade, true), "downgrade");
        String text = out.toString();
        if (!readsBackAsWritten(text)) {
            throw new MalformedRevisionFileException(
                    "a statement contains a line that reads as a step or section marker ('-- step N', '"
                            + UPGRADE_MARKER + "', '" + DOWNGRADE_MARKER + "')",
                    0);
        }
        return text;
    }

    /**
     * Reads a file written by {@link #render()}. Carriage returns before line feeds are ignored, so a
     * checkout with Windows line endings reads the same.
     *
     * @throws MalformedRevisionFileException when the header or the markers are missing or out of
     *     order, or a line outside every step is not a comment
     */
    public static RevisionSqlFile parse(String text) throws MalformedRevisionFileException {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int upgradeAt = indexOf(lines, UPGRADE_MARKER, 0);
        int downgradeAt = upgradeAt < 0 ? -1 : indexOf(lines, DOWNGRADE_MARKER, upgradeAt + 1);
        if (upgradeAt < 0) {
            throw new MalformedRevisionFileException("the line '" + UPGRADE_MARKER + "' is missing", 0);
        }
        if (downgradeAt < 0) {
            throw new MalformedRevisionFileException("the line '" + DOWNGRADE_MARKER + "' is missing", 0);
        }
        Header header = readHeader(lines, upgradeAt);
        Section up = readSection(lines, upgradeAt + 1, downgradeAt, "upgrade");
        // The file ends with a newline, so the split leaves an empty last element that is not content.
        int end = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        Section down = readSection(lines, downgradeAt + 1, end, "downgrade");
        if (!java.util.Objects.equals(up.dataMigration, down.dataMigration)) {
            throw new MalformedRevisionFileException(
                    "the upgrade and downgrade sections list different Java steps ("
                            + (up.dataMigration == null ? "none" : up.dataMigration) + " and "
                            + (down.dataMigration == null ? "none" : down.dataMigration) + ")",
                    downgradeAt + 1);
        }
        return new RevisionSqlFile(
                header.format,
                header.id,
                header.parentId,
                header.message,
                header.checksum,
                header.snapshotChecksum,
                up.statements,
                down.statements,
                up.dataMigration);
    }

    /**
     * The upgrade statements as the runtime runs them: as written, and in a file older than format 1
     * with the generator's own concurrent index statements marked re-runnable, as they always were.
     * The checksum stays the one of {@link #upgrade()}.
     */
    public List<SqlStatement> upgradeSteps() {
        return runnable(upgrade);
    }

    /** The downgrade statements as the runtime runs them; see {@link #upgradeSteps()}. */
    public List<SqlStatement> downgradeSteps() {
        return runnable(downgrade);
    }

    private List<SqlStatement> runnable(List<SqlStatement> statements) {
        if (format >= CURRENT_FORMAT) {
            return statements;
        }
        return statements.stream()
                .map(s ->
                        !s.transactional() && LEGACY_RERUNNABLE.matcher(s.sql()).matches()
                                ? new SqlStatement(s.sql(), false, true)
                                : s)
                .toList();
    }

    private boolean readsBackAsWritten(String text) {
        try {
            RevisionSqlFile readBack = parse(text);
            return readBack.upgrade.equals(upgrade)
                    && readBack.downgrade.equals(downgrade)
                    && java.util.Objects.equals(readBack.dataMigration, dataMigration);
        } catch (MalformedRevisionFileException e) {
            return false;
        }
    }

    /**
     * Where the Java step runs among the statements: upgrade runs it after the transactional
     * statements, in their transaction, so before the first non-transactional one; downgrade runs it
     * before the transactional statements.
     */
    private static int javaStepIndex(List<SqlStatement> statements, boolean beforeTransactional) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).transactional() == beforeTransactional) {
                return i;
            }
        }
        return statements.size();
    }

    private void appendSection(
            StringBuilder out, String marker, List<SqlStatement> statements, int javaAt, String direction) {
        out.append('\n').append(marker).append('\n');
        boolean java = dataMigration != null;
        if (statements.isEmpty() && !java) {
            out.append('\n').append(NO_STATEMENTS).append('\n');
        }
        int number = 0;
        for (int i = 0; i <= statements.size(); i++) {
            if (java && i == javaAt) {
                out.append('\n').append("-- step ").append(++number).append(" (java) ");
                out.append(dataMigration).append('#').append(direction).append('\n');
            }
            if (i == statements.size()) {
                break;
            }
            SqlStatement statement = statements.get(i);
            out.append('\n').append("-- step ").append(++number);
            if (!statement.transactional()) {
                out.append(" (").append(NON_TRANSACTIONAL);
                if (statement.rerunnable()) {
                    out.append(", ").append(RERUNNABLE);
                }
                out.append(')');
            }
            out.append('\n').append(statement.sql()).append(";\n");
        }
    }

    private static Header readHeader(String[] lines, int end) throws MalformedRevisionFileException {
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
            throw new MalformedRevisionFileException("the header line '-- Migrata revision <id>' is missing", 1);
        }
        if (header.checksum == null) {
            throw new MalformedRevisionFileException("the header line '-- Checksum: sha256:...' is missing", 1);
        }
        return header;
    }

    /** A section's statements and the Java step it lists, if any. */
    private record Section(List<SqlStatement> statements, String dataMigration) {}

    /** The steps between two section markers; {@code from} and {@code to} are line indexes. */
    private static Section readSection(String[] lines, int from, int to, String direction)
            throws MalformedRevisionFileException {
        List<SqlStatement> statements = new ArrayList<>();
        String dataMigration = null;
        int i = from;
        // Before the first step only blank lines and the "no statements" note may appear.
        while (i < to && !isStep(lines[i], 1)) {
            if (!lines[i].isBlank() && !lines[i].equals(NO_STATEMENTS)) {
                throw new MalformedRevisionFileException("expected '-- step 1', found: " + lines[i], i + 1);
            }
            i++;
        }
        int number = 0;
        while (i < to) {
            number++;
            Matcher step = STEP.matcher(lines[i]);
            step.matches();
            int bodyStart = i + 1;
            int next = bodyStart;
            while (next < to && !isStep(lines[next], number + 1)) {
                next++;
            }
            if (step.group(4) != null) {
                if (dataMigration != null || !step.group(5).equals(direction)) {
                    throw new MalformedRevisionFileException(
                            "a " + direction + " section lists one Java step, ending in #" + direction, i + 1);
                }
                for (int k = bodyStart; k < next; k++) {
                    if (!lines[k].isEmpty()) {
                        throw new MalformedRevisionFileException("a Java step has no SQL, found: " + lines[k], k + 1);
                    }
                }
                dataMigration = step.group(4);
            } else {
                boolean transactional = step.group(2) == null;
                boolean rerunnable = step.group(3) != null;
                statements.add(new SqlStatement(body(lines, bodyStart, next, i + 1), transactional, rerunnable));
            }
            i = next;
        }
        return new Section(statements, dataMigration);
    }

    /** A step's statement: its lines, less the blank separator line and the {@code ;} written after it. */
    private static String body(String[] lines, int from, int to, int stepLine) throws MalformedRevisionFileException {
        int end = to;
        // Every step but the section's last is followed by one blank line before the next marker.
        if (end > from && lines[end - 1].isEmpty()) {
            end--;
        }
        String text = String.join("\n", java.util.Arrays.asList(lines).subList(from, end));
        if (!text.endsWith(";")) {
            throw new MalformedRevisionFileException(
                    "step at line " + stepLine + " does not end with ';' followed by a blank line", stepLine);
        }
        return text.substring(0, text.length() - 1);
    }

    private static boolean isStep(String line, int number) {
        Matcher m = STEP.matcher(line);
        return m.matches() && m.group(1).equals(Integer.toString(number));
    }

    private static int indexOf(String[] lines, String marker, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].equals(marker)) {
                return i;
            }
        }
        return -1;
    }

    private static int formatNumber(String value, int line) throws MalformedRevisionFileException {
        if (!value.matches("[0-9]{1,3}")) {
            throw new MalformedRevisionFileException("the format '" + value + "' is not a number", line);
        }
        int format = Integer.parseInt(value);
        if (format < 1 || format > CURRENT_FORMAT) {
            throw new MalformedRevisionFileException(
                    "the file is in format " + format + ", which this version of Migrata does not read (it reads"
                            + " formats up to " + CURRENT_FORMAT + "): compile with the Migrata version that wrote it"
                            + " or a newer one",
                    line);
        }
        return format;
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
