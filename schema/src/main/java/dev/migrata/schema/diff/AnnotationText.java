package dev.migrata.schema.diff;

import dev.migrata.schema.model.Directive;

/** Directives written as the Java annotation a user pastes onto a {@code @Revision}. */
final class AnnotationText {

    private AnnotationText() {}

    static String dropTable(String table) {
        return "@DropTable(table = " + string(table) + ")";
    }

    static String renameTable(String from, String to) {
        return "@RenameTable(from = " + string(from) + ", to = " + string(to) + ")";
    }

    static String dropColumn(String table, String column) {
        return "@DropColumn(table = " + string(table) + ", column = " + string(column) + ")";
    }

    static String renameColumn(String table, String from, String to) {
        return "@RenameColumn(table = " + string(table) + ", from = " + string(from) + ", to = " + string(to) + ")";
    }

    static String changeType(String table, String column, String using, String usingDown) {
        return "@ChangeType(table = " + string(table) + ", column = " + string(column) + ", using = " + string(using)
                + ", usingDown = " + string(usingDown) + ")";
    }

    /** The directive as it was written, for messages about it. */
    static String of(Directive directive) {
        if (directive instanceof Directive.RenameTable r) {
            return renameTable(r.from(), r.to());
        } else if (directive instanceof Directive.RenameColumn r) {
            return renameColumn(r.table(), r.from(), r.to());
        } else if (directive instanceof Directive.DropTable d) {
            return dropTable(d.table());
        } else if (directive instanceof Directive.DropColumn d) {
            return dropColumn(d.table(), d.column());
        } else if (directive instanceof Directive.ChangeType c) {
            return changeType(c.table(), c.column(), c.using(), c.usingDown());
        } else if (directive instanceof Directive.Sql s) {
            return "@Sql(up = " + string(s.up()) + ", down = " + string(s.down()) + ")";
        }
        throw new IllegalArgumentException("unknown directive " + directive);
    }

    /** A Java string literal. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
