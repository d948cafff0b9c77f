package dev.migrata.processor.files;

import java.util.Set;

/** The {@code -A} options the processor reads; both say where revision files live and whether to write them. */
public final class ProcessorOptions {

    /** {@code -Amigrata.dir=<path>}: where revision files live instead of {@code src/main/migrations/<schema>}. */
    public static final String DIR = "migrata.dir";

    /** {@code -Amigrata.verify=true}: never write revision files; a missing or stale one is an error. */
    public static final String VERIFY = "migrata.verify";

    /** Every option, as {@code Processor.getSupportedOptions()} declares them. */
    public static final Set<String> ALL = Set.of(DIR, VERIFY);

    private ProcessorOptions() {}
}
