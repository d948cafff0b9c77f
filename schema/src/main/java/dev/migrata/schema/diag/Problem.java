package dev.migrata.schema.diag;

import dev.migrata.schema.model.Origin;
import java.util.List;

/**
 * One finding of a stage: a catalogue message, its arguments and where it belongs. Stages return
 * problems; only the processor's reporter prints them.
 *
 * @param message the catalogue entry
 * @param origin where javac should point; {@link Origin#NONE} means "the head revision"
 * @param args the template's arguments
 */
public record Problem(Message message, Origin origin, List<Object> args) {

    /** Copies the arguments. */
    public Problem {
        args = List.copyOf(args);
    }

    /** A problem with these arguments. */
    public static Problem of(Message message, Origin origin, Object... args) {
        return new Problem(message, origin, List.of(args));
    }

    /** Whether it stops generation. */
    public boolean isError() {
        return message.kind() == Message.Kind.ERROR;
    }

    /** The full text: {@code [MIG123] what is wrong. Fix: ...}. */
    public String text() {
        return message.format(args.toArray());
    }
}
