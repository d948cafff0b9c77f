package dev.migrata.schema.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Pairs the named parts of a table (constraints, indexes) in two models by what they do, not by
 * name: a primary key whose table was renamed is the same key under a new name, so it is renamed,
 * not dropped and re-created. Among equivalent candidates the one with the same name wins.
 */
final class Matching<F, T> {

    record Pair<F, T>(F from, T to) {}

    final List<Pair<F, T>> matched = new ArrayList<>();
    final List<F> removed = new ArrayList<>();
    final List<T> added = new ArrayList<>();

    private Matching() {}

    static <F, T> Matching<F, T> of(
            List<F> from,
            List<T> to,
            BiPredicate<F, T> equivalent,
            Function<F, String> fromName,
            Function<T, String> toName) {
        Matching<F, T> result = new Matching<>();
        List<F> unmatched = new ArrayList<>(from);
        for (T t : to) {
            F match = null;
            for (F f : unmatched) {
                if (fromName.apply(f).equals(toName.apply(t)) && equivalent.test(f, t)) {
                    match = f;
                    break;
                }
            }
            if (match == null) {
                for (F f : unmatched) {
                    if (equivalent.test(f, t)) {
                        match = f;
                        break;
                    }
                }
            }
            if (match == null) {
                result.added.add(t);
            } else {
                unmatched.remove(match);
                result.matched.add(new Pair<>(match, t));
            }
        }
        result.removed.addAll(unmatched);
        return result;
    }
}
