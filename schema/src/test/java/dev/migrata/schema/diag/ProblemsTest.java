package dev.migrata.schema.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.schema.model.Origin;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.MissingFormatArgumentException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every message has one factory, and every factory fills every placeholder of its message's text. */
class ProblemsTest {

    @Test
    void everyMessageHasExactlyOneFactory() throws Exception {
        Set<Message> made = EnumSet.noneOf(Message.class);
        List<Message> twice = new ArrayList<>();
        for (Method factory : factories()) {
            Message message = invoke(factory, new ArrayList<>()).message();
            if (!made.add(message)) {
                twice.add(message);
            }
        }
        assertEquals(EnumSet.allOf(Message.class), made, "messages without a factory");
        assertEquals(List.of(), twice, "messages with two factories");
    }

    @Test
    void everyFactoryPrintsEveryArgumentItTakes() throws Exception {
        for (Method factory : factories()) {
            List<String> given = new ArrayList<>();
            Problem problem = invoke(factory, given);
            String text = problem.text();
            assertTrue(text.startsWith("[" + problem.message().code() + "] "), text);
            for (String value : given) {
                assertTrue(
                        text.contains(value),
                        factory.getName() + " does not print its argument " + value + ": " + text);
            }
            assertTrue(!text.contains("%s"), text);
        }
    }

    @Test
    void everyFactoryPassesExactlyAsManyArgumentsAsItsTextHasPlaceholders() throws Exception {
        // String.format ignores surplus arguments: one fewer must not be enough, or the factory
        // passes an argument its text never prints.
        for (Method factory : factories()) {
            Problem problem = invoke(factory, new ArrayList<>());
            List<Object> args = problem.arguments();
            Object[] oneFewer = args.subList(0, args.size() - 1).toArray();
            assertThrows(
                    MissingFormatArgumentException.class,
                    () -> problem.message().format(oneFewer),
                    factory.getName() + " passes more arguments than its text has placeholders");
        }
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsType() {
        Problem problem = Problems.generatedFileFailed(Origin.NONE, "app.UserTable", new IOException());
        assertEquals("[MIG802] Cannot write generated file app.UserTable: java.io.IOException", problem.text());
    }

    @Test
    void aFailureWithAMessageIsNamedByIt() {
        Problem problem = Problems.revisionFileWriteFailed(
                Origin.NONE, Path.of("lab", "001_a.sql"), new IOException("disk full"));
        assertEquals(
                "[MIG710] Cannot write revision file " + Path.of("lab", "001_a.sql") + ": disk full", problem.text());
    }

    @Test
    void aNullArgumentPrintsInsteadOfFailing() {
        Problem problem = Problems.revisionFileMalformed(Origin.NONE, "lab/001_a.sql line 3", null, Path.of("x.sql"));
        assertTrue(problem.text().startsWith("[MIG705] Cannot read revision file lab/001_a.sql line 3: null."));
    }

    private static List<Method> factories() {
        return Arrays.stream(Problems.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .toList();
    }

    /** Calls the factory with a distinct value for each parameter, recording the texts it should print. */
    private static Problem invoke(Method factory, List<String> given) throws Exception {
        Class<?>[] types = factory.getParameterTypes();
        Object[] args = new Object[types.length];
        args[0] = Origin.NONE;
        for (int i = 1; i < types.length; i++) {
            String text = "arg" + i + "of" + factory.getName();
            if (types[i] == int.class) {
                args[i] = 7000 + i;
                continue;
            } else if (types[i] == Path.class) {
                args[i] = Path.of(text);
            } else if (types[i] == Exception.class) {
                args[i] = new IOException(text);
            } else {
                args[i] = text;
            }
            given.add(text);
        }
        return (Problem) factory.invoke(null, args);
    }
}
