package dev.migrata.processor;

import com.palantir.javapoet.ClassName;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ready-to-paste {@code @Revision(...)} line for the revision after the head: its number is the
 * head's plus one, with the same zero padding ({@code 002_rename_name} → {@code 003_...}).
 */
final class NextRevision {

    private static final Pattern NUMBERED = Pattern.compile("(\\d+)(.*)");
    private static final String SLUG = "describe_the_change";

    private NextRevision() {}

    static String annotation(String headId, ClassName headClass) {
        return "@Revision(id = \"" + nextId(headId) + "\", parent = " + String.join(".", headClass.simpleNames())
                + ".class, message = \"" + SLUG.replace('_', ' ') + "\")";
    }

    static String nextId(String headId) {
        Matcher m = NUMBERED.matcher(headId);
        if (!m.matches()) {
            return headId + "_next_" + SLUG;
        }
        String digits = m.group(1);
        String next =
                new java.math.BigInteger(digits).add(java.math.BigInteger.ONE).toString();
        String padded = "0".repeat(Math.max(0, digits.length() - next.length())) + next;
        return padded + "_" + SLUG;
    }
}
