package dev.migrata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import org.junit.jupiter.api.Test;

class NextRevisionTest {

    @Test
    void numbersTheNextRevisionAfterTheHead() {
        assertEquals("003_describe_the_change", NextRevision.nextId("002_rename_name"));
        assertEquals("010_describe_the_change", NextRevision.nextId("009"));
        assertEquals("1000_describe_the_change", NextRevision.nextId("999_last"));
        assertEquals("20240102_describe_the_change", NextRevision.nextId("20240101_x"));
        assertEquals("initial_next_describe_the_change", NextRevision.nextId("initial"));
    }

    @Test
    void printsAPasteableAnnotation() {
        assertEquals(
                "@Revision(id = \"003_describe_the_change\", parent = Revisions.RenameName.class, message = \"describe the change\")",
                NextRevision.annotation("002_rename_name", ClassName.get("app", "Revisions", "RenameName")));
    }
}
