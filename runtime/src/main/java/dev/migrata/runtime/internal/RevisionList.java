package dev.migrata.runtime.internal;

import dev.migrata.runtime.Migration;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * A generated chain's revisions as an unmodifiable list that creates them a part at a time, the
 * first time one of the part is asked for. Its size is known without creating any, so an
 * application whose database is already at the head creates only the head's part at start, however
 * long its history.
 *
 * <p>The parts are the generated code's: part {@code k} holds revisions {@code k × partSize + 1} on,
 * in chain order, every part full but the last. A part's array is kept as the generated code gives
 * it and never changed or handed out.
 *
 * <p>Not API: created by generated chain classes only. The migrator keeps this list as it is instead
 * of copying it, which would create every revision.
 */
public final class RevisionList extends AbstractList<Migration> implements RandomAccess {

    private final int size;
    private final int partSize;
    private final IntFunction<Migration[]> parts;
    // A race may create a part twice; both arrays hold the same revisions and one of them is kept.
    private final AtomicReferenceArray<Migration[]> created;

    RevisionList(int size, int partSize, IntFunction<Migration[]> parts) {
        if (size < 0 || partSize < 1) {
            throw new IllegalArgumentException("size " + size + ", part size " + partSize);
        }
        this.size = size;
        this.partSize = partSize;
        this.parts = Objects.requireNonNull(parts, "parts");
        this.created = new AtomicReferenceArray<>((size + partSize - 1) / partSize);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Migration get(int index) {
        Objects.checkIndex(index, size);
        int part = index / partSize;
        Migration[] revisions = created.get(part);
        if (revisions == null) {
            revisions = parts.apply(part);
            int expected = part == created.length() - 1 ? size - part * partSize : partSize;
            if (revisions.length != expected) {
                throw new IllegalStateException(
                        "part " + part + " of the chain has " + revisions.length + " revisions, not " + expected);
            }
            created.compareAndSet(part, null, revisions);
            revisions = created.get(part);
        }
        return revisions[index % partSize];
    }
}
