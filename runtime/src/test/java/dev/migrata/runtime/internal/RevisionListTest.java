package dev.migrata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A generated chain's list creates each part once, only when one of its revisions is asked for. */
class RevisionListTest {

    @Test
    void createsAPartOnlyWhenOneOfItsRevisionsIsAskedFor() {
        List<Integer> created = new ArrayList<>();
        List<Migration> chain = RevisionResource.chain(25, 10, part -> {
            created.add(part);
            return revisions(part * 10, part == 2 ? 5 : 10);
        });

        assertEquals(25, chain.size());
        assertEquals(List.of(), created);
        assertEquals("r24", chain.get(24).id());
        assertEquals(List.of(2), created);
        assertEquals("r20", chain.get(20).id());
        assertEquals("r3", chain.get(3).id());
        assertEquals(List.of(2, 0), created);
        assertEquals(
                IntStream.range(0, 25).mapToObj(i -> "r" + i).toList(),
                chain.stream().map(Migration::id).toList());
        assertEquals(List.of(2, 0, 1), created);
    }

    @Test
    void isUnmodifiableAndChecksItsBounds() {
        List<Migration> chain = RevisionResource.chain(3, 10, part -> revisions(0, 3));
        assertThrows(UnsupportedOperationException.class, () -> chain.set(0, chain.get(1)));
        assertThrows(UnsupportedOperationException.class, () -> chain.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> chain.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> chain.get(-1));
    }

    /** A part of another length than the chain's size and part size give is refused, not read past. */
    @Test
    void refusesAPartOfTheWrongLength() {
        List<Migration> chain = RevisionResource.chain(15, 10, part -> revisions(part * 10, 10));
        assertEquals("r0", chain.get(0).id());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> chain.get(12));
        assertTrue(refused.getMessage().contains("part 1 of the chain has 10 revisions, not 5"), refused::getMessage);
    }

    private static Migration[] revisions(int first, int count) {
        Migration[] part = new Migration[count];
        for (int i = 0; i < count; i++) {
            String id = "r" + (first + i);
            part[i] = new RevisionResource(
                    RevisionListTest.class, "test", id, null, "revision " + id, "sha256:0", "sha256:0", "sha256:0");
        }
        return part;
    }
}
