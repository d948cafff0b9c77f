package dev.migrata.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Timing samples per contender, in the order they were taken. */
final class Samples {

    private final Map<String, List<Double>> byName = new LinkedHashMap<>();

    void add(String name, double value) {
        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    List<Double> of(String name) {
        return byName.getOrDefault(name, List.of());
    }

    double median(String name) {
        return Stats.median(of(name));
    }

    int count(String name) {
        return of(name).size();
    }
}
