package dev.migrata.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics of timing samples in milliseconds. */
final class Stats {

    private Stats() {}

    static double median(List<Double> samples) {
        return quantile(samples, 0.5);
    }

    static double p90(List<Double> samples) {
        return quantile(samples, 0.9);
    }

    static double quantile(List<Double> samples, double q) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        double position = q * (sorted.size() - 1);
        int low = (int) Math.floor(position);
        int high = (int) Math.ceil(position);
        return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (position - low);
    }

    static String ms(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        // The precision follows the magnitude, so a negative difference reads like a positive one.
        if (Math.abs(value) >= 100) {
            return String.format("%.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format("%.1f", value);
        }
        return String.format("%.2f", value);
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format("%.1f×", value);
    }
}
