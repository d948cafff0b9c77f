package dev.migrata.schema.sql;

import java.util.regex.Pattern;

/**
 * The one escaping rule for text written into a {@code --} comment of SQL (the {@code .sql} file's
 * header, a script's {@code -- Running upgrade} line): the comment must stay one line, or what
 * follows a line break would run as SQL.
 */
public final class SqlComments {

    /**
     * Every line terminator PostgreSQL, psql, Java or an editor might break a line at (CR, LF, VT,
     * FF, NEL U+0085, LS U+2028, PS U+2029) and every other control character, in runs.
     */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]+");

    private SqlComments() {}

    /**
     * The text as one comment line: each run of line terminators and control characters becomes one
     * space, and leading and trailing blanks are dropped. Revision messages are read through it, so
     * the message in the {@code .sql} header, in the generated class and in the history table agree.
     */
    public static String oneLine(String text) {
        return BREAKS.matcher(text).replaceAll(" ").strip();
    }
}
