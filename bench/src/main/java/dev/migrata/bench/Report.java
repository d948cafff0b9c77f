package dev.migrata.bench;

import java.util.ArrayList;
import java.util.List;

/** The Markdown results: one section per scenario, tables with medians and interleaved ratios. */
final class Report {

    private static final List<String> TOOLS = List.of("Migrata", "Flyway", "Liquibase");
    private static final double ONLINE_STALL_TARGET_MS = 200;

    private final StringBuilder text = new StringBuilder();
    private final List<String> targets = new ArrayList<>();

    Report header(List<String> machine, String command, String loadBefore) {
        text.append("# Migrata benchmark results\n\n");
        text.append("Reproduce: `").append(command).append("`\n\n");
        for (String line : machine) {
            text.append("- ").append(line).append('\n');
        }
        text.append("- Load average at start: ").append(loadBefore).append('\n');
        return this;
    }

    Report equivalence(List<String> lines) {
        text.append("\n## Equivalence (checked before timing)\n\n");
        for (String line : lines) {
            text.append("- ").append(line).append('\n');
        }
        return this;
    }

    Report startup(List<StartupScenario.Result> results) {
        text.append("\n## 1. Startup when already migrated (`upgrade head` / `migrate` / `update`)\n\n");
        text.append(
                "In-process, warm JVM, a new connection per call; median ms (p90), ratio = tool median / Migrata median.\n\n");
        text.append(
                "| N | rounds | connect + SELECT 1 | Migrata | Flyway | Liquibase | Flyway ÷ Migrata | Liquibase ÷ Migrata"
                        + " | Migrata − connect | Flyway − connect | Flyway ÷ Migrata beyond connect |\n");
        text.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (StartupScenario.Result r : results) {
            Samples s = r.warm();
            text.append("| ")
                    .append(r.revisions())
                    .append(" | ")
                    .append(s.count("Migrata"))
                    .append(" | ")
                    .append(Stats.ms(s.median(StartupScenario.CONNECT)));
            for (String tool : TOOLS) {
                text.append(" | ")
                        .append(Stats.ms(s.median(tool)))
                        .append(" (")
                        .append(Stats.ms(Stats.p90(s.of(tool))))
                        .append(')');
            }
            text.append(" | ").append(Stats.ratio(s.median("Flyway") / s.median("Migrata")));
            text.append(" | ").append(Stats.ratio(s.median("Liquibase") / s.median("Migrata")));
            double connect = s.median(StartupScenario.CONNECT);
            text.append(" | ")
                    .append(Stats.ms(s.median("Migrata") - connect))
                    .append(" | ")
                    .append(Stats.ms(s.median("Flyway") - connect))
                    .append(" | ")
                    .append(Stats.ratio((s.median("Flyway") - connect) / (s.median("Migrata") - connect)))
                    .append(" |\n");
        }
        growth(results, true);
        text.append(
                "\nWhole JVM process from start to exit (`java -cp <tool jars + driver> … upgrade head`), median wall ms, and median peak RSS (VmHWM, MiB):\n\n");
        text.append(
                "| N | runs | Migrata | Flyway | Liquibase | Flyway ÷ Migrata | Liquibase ÷ Migrata | RSS Migrata | RSS Flyway | RSS Liquibase |\n");
        text.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (StartupScenario.Result r : results) {
            Samples s = r.process();
            text.append("| ").append(r.revisions()).append(" | ").append(s.count("Migrata"));
            for (String tool : TOOLS) {
                text.append(" | ").append(Stats.ms(s.median(tool)));
            }
            text.append(" | ").append(Stats.ratio(s.median("Flyway") / s.median("Migrata")));
            text.append(" | ").append(Stats.ratio(s.median("Liquibase") / s.median("Migrata")));
            for (String tool : TOOLS) {
                text.append(" | ").append(String.format("%.0f", r.peakKb().median(tool) / 1024.0));
            }
            text.append(" |\n");
        }
        growth(results, false);
        StartupScenario.Result largest = results.get(results.size() - 1);
        StartupScenario.Result smallest = results.get(0);
        double speedup = largest.warm().median("Flyway") / largest.warm().median("Migrata");
        double beyond = (largest.warm().median("Flyway") - largest.warm().median(StartupScenario.CONNECT))
                / (largest.warm().median("Migrata") - largest.warm().median(StartupScenario.CONNECT));
        targets.add(String.format(
                "Already-migrated startup ≥ 10× faster than Flyway at N = %d in-process: %s (%.1f×; %.1f× beyond the"
                        + " connect + SELECT 1 floor both pay)",
                largest.revisions(), speedup >= 10 ? "met" : "missed", speedup, beyond));
        for (StartupScenario.Result r : results) {
            double ofConnect = r.warm().median("Migrata") / r.warm().median(StartupScenario.CONNECT);
            targets.add(String.format(
                    "Already-migrated startup within 1.2× of connect + SELECT 1 at N = %d (in-process medians): %s"
                            + " (%.2f×)",
                    r.revisions(), ofConnect <= 1.2 ? "met" : "missed", ofConnect));
        }
        double flat = largest.warm().median("Migrata") / smallest.warm().median("Migrata");
        double added = largest.warm().median("Migrata") - smallest.warm().median("Migrata");
        targets.add(String.format(
                "Already-migrated startup flat in N (Migrata N=%d ÷ N=%d, in-process): %.2f× (+%.2f ms; the connect floor moved %+.2f ms) — %s",
                largest.revisions(),
                smallest.revisions(),
                flat,
                added,
                largest.warm().median(StartupScenario.CONNECT) - smallest.warm().median(StartupScenario.CONNECT),
                flat <= 1.5 ? "met (threshold used: ≤ 1.5× from N = 10 to 1,000)" : "missed (threshold used: ≤ 1.5×)"));
        return this;
    }

    private void growth(List<StartupScenario.Result> results, boolean warm) {
        StartupScenario.Result first = results.get(0);
        StartupScenario.Result last = results.get(results.size() - 1);
        text.append("\nGrowth from N = ")
                .append(first.revisions())
                .append(" to N = ")
                .append(last.revisions())
                .append(": ");
        List<String> parts = new ArrayList<>();
        for (String tool : TOOLS) {
            Samples a = warm ? first.warm() : first.process();
            Samples b = warm ? last.warm() : last.process();
            parts.add(tool + " " + Stats.ratio(b.median(tool) / a.median(tool)));
        }
        text.append(String.join(", ", parts)).append(".\n");
    }

    Report fresh(List<FreshApplyScenario.Result> results) {
        text.append("\n## 2. Fresh apply of N revisions to an empty database\n\n");
        text.append(
                "In-process, warm JVM; `psql` is a process running the statements as one script (autocommit, no history). Median ms; ratio = median / psql median.\n\n");
        text.append(
                "| N | rounds | psql (floor) | Migrata | Flyway | Liquibase | Migrata ÷ psql | Flyway ÷ psql | Liquibase ÷ psql |\n");
        text.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (FreshApplyScenario.Result r : results) {
            Samples s = r.samples();
            double floor = s.median(FreshApplyScenario.PSQL);
            text.append("| ").append(r.revisions()).append(" | ").append(s.count("Migrata"));
            text.append(" | ").append(Stats.ms(floor));
            for (String tool : TOOLS) {
                text.append(" | ").append(Stats.ms(s.median(tool)));
            }
            for (String tool : TOOLS) {
                text.append(" | ").append(Stats.ratio(s.median(tool) / floor));
            }
            text.append(" |\n");
            double ratio = s.median("Migrata") / floor;
            targets.add(String.format(
                    "Fresh apply within 1.3× of the psql floor at N = %d: %s (%.2f×)",
                    r.revisions(), ratio <= 1.3 ? "met" : "missed", ratio));
        }
        return this;
    }

    Report compile(List<CompileScenario.Result> results) {
        text.append("\n## 3. Compile time (`javac`)\n\n");
        text.append(
                "Median wall ms. Cold = a new `javac` process (a clean command-line build); warm = `javax.tools` in a JVM that has compiled"
                        + " before (a build daemon). Overhead = with the processor − `-proc:none`.\n\n");
        text.append(
                "| tables × revisions | files (+ generated) | frozen files MiB | rounds | cold -proc:none | cold frozen | cold new head"
                        + " | cold overhead frozen / new head | warm -proc:none | warm frozen | warm new head | warm overhead frozen / new head |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CompileScenario.Result r : results) {
            CompileMedians m = CompileMedians.of(r.samples());
            text.append(String.format(
                    "| %d × %d | %d (+%d) | %.1f | %d | %s | %s | %s | %s / %s | %s | %s | %s | %s / %s |%n",
                    r.tables(),
                    r.revisions(),
                    r.sourceFiles(),
                    r.generatedFiles(),
                    r.frozenBytes() / 1048576.0,
                    r.samples().count(CompileScenario.PLAIN),
                    Stats.ms(m.plain()),
                    Stats.ms(m.frozen()),
                    Stats.ms(m.head()),
                    Stats.ms(m.frozen() - m.plain()),
                    Stats.ms(m.head() - m.plain()),
                    Stats.ms(m.warmPlain()),
                    Stats.ms(m.warmFrozen()),
                    Stats.ms(m.warmHead()),
                    Stats.ms(m.warmFrozen() - m.warmPlain()),
                    Stats.ms(m.warmHead() - m.warmPlain())));
        }
        text.append(
                "\nThe table metamodels are generated only for a schema that asks for them (`@Schema(metamodel = true)`):"
                        + " the same frozen compile of a schema root that does, in the same rounds.\n\n");
        text.append(
                "| tables × revisions | cold frozen, with the metamodel | cold overhead | ÷ -proc:none | the metamodel's"
                        + " share (− frozen without it) |\n");
        text.append("|---|---:|---:|---:|---:|\n");
        for (CompileScenario.Result r : results) {
            CompileMedians m = CompileMedians.of(r.samples());
            text.append(String.format(
                    "| %d × %d | %s | %s | %.2f× | %s |%n",
                    r.tables(),
                    r.revisions(),
                    Stats.ms(m.frozenMetamodel()),
                    Stats.ms(m.frozenMetamodel() - m.plain()),
                    (m.frozenMetamodel() - m.plain()) / m.plain(),
                    Stats.ms(m.frozenMetamodel() - m.frozen())));
        }
        text.append(
                "\nWhere the cold overhead goes. Three processors that do none of Migrata's work run in the same rounds:"
                        + " *any processor* writes nothing (javac then keeps every tree for another round and enters every"
                        + " source again); *one empty class* writes a single empty class, which is enough to make javac run"
                        + " one more processing round over every source, as any processor that generates Java does;"
                        + " *replaying the output* writes the Java files and revision resources Migrata"
                        + " wrote in an earlier compile, byte for byte, and nothing else, so beyond *any processor* it is what javac charges"
                        + " for compiling that output through a round. What is left is Migrata's own work; *inside"
                        + " Migrata* measures it directly in the same compiles, as the wall time spent in the processor's"
                        + " `init` and `process` calls (reading the classes, checking the frozen files, building the Java"
                        + " and handing it to the Filer, whose per-file checks the replay pays too).\n\n");
        text.append(
                "| tables × revisions | cold overhead frozen / new head | any processor | + one more round (one empty class)"
                        + " | + compiling Migrata's output | = replaying the output | + the rest, frozen / new head"
                        + " | inside Migrata, frozen / new head |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CompileScenario.Result r : results) {
            CompileMedians m = CompileMedians.of(r.samples());
            text.append(String.format(
                    "| %d × %d | %s / %s | %s | %s | %s | %s | %s / %s | %s / %s |%n",
                    r.tables(),
                    r.revisions(),
                    Stats.ms(m.frozen() - m.plain()),
                    Stats.ms(m.head() - m.plain()),
                    Stats.ms(m.any() - m.plain()),
                    Stats.ms(m.oneClass() - m.any()),
                    Stats.ms(m.replay() - m.oneClass()),
                    Stats.ms(m.replay() - m.plain()),
                    Stats.ms(m.frozen() - m.replay()),
                    Stats.ms(m.head() - m.replay()),
                    Stats.ms(m.insideFrozen()),
                    Stats.ms(m.insideHead())));
            if (r.tables() == 200 && r.revisions() == 100) {
                double cold = Math.max(m.frozen(), m.head()) - m.plain();
                double warm = Math.max(m.warmFrozen(), m.warmHead()) - m.warmPlain();
                targets.add(String.format(
                        "Processor overhead under 2 s for 200 tables × 100 revisions, cold javac process: %s (%.2f s, worse of"
                                + " frozen and new head; of it, javac compiling the generated output, replayed by a processor that"
                                + " does nothing else: %.2f s; inside Migrata's own calls: %.2f s frozen, %.2f s new head)",
                        cold < 2000 ? "met" : "missed",
                        cold / 1000,
                        (m.replay() - m.plain()) / 1000,
                        m.insideFrozen() / 1000,
                        m.insideHead() / 1000));
                targets.add(String.format(
                        "Processor overhead under 0.6× the -proc:none time of the same rounds, 200 tables × 100"
                                + " revisions, cold: frozen %s (%.2f×), new head %s (%.2f×)",
                        m.frozen() - m.plain() < 0.6 * m.plain() ? "met" : "missed",
                        (m.frozen() - m.plain()) / m.plain(),
                        m.head() - m.plain() < 0.6 * m.plain() ? "met" : "missed",
                        (m.head() - m.plain()) / m.plain()));
                targets.add(String.format(
                        "Processor overhead under 2 s for 200 tables × 100 revisions, warm javac: %s (%.2f s)",
                        warm < 2000 ? "met" : "missed", warm / 1000));
            }
        }
        CompileScenario.Result first = results.get(0);
        CompileScenario.Result last = results.get(results.size() - 1);
        CompileMedians smallest = CompileMedians.of(first.samples());
        CompileMedians largest = CompileMedians.of(last.samples());
        text.append(String.format(
                "%nGrowth of the cold frozen overhead from %d × %d to %d × %d (%.0f× the tables, %.0f× the revisions): %s;"
                        + " of the time inside Migrata: %s.%n",
                first.tables(),
                first.revisions(),
                last.tables(),
                last.revisions(),
                (double) last.tables() / first.tables(),
                (double) last.revisions() / first.revisions(),
                Stats.ratio((largest.frozen() - largest.plain()) / (smallest.frozen() - smallest.plain())),
                Stats.ratio(largest.insideFrozen() / smallest.insideFrozen())));
        return this;
    }

    /** The medians, in ms, of one schema size's compiles: one per variant, and the time inside Migrata. */
    private record CompileMedians(
            double plain,
            double frozen,
            double head,
            double frozenMetamodel,
            double any,
            double oneClass,
            double replay,
            double insideFrozen,
            double insideHead,
            double warmPlain,
            double warmFrozen,
            double warmHead) {

        static CompileMedians of(Samples s) {
            return new CompileMedians(
                    s.median(CompileScenario.PLAIN),
                    s.median(CompileScenario.FROZEN),
                    s.median(CompileScenario.NEW_HEAD),
                    s.median(CompileScenario.FROZEN_METAMODEL),
                    s.median(CompileScenario.ANY_PROCESSOR),
                    s.median(CompileScenario.ONE_CLASS),
                    s.median(CompileScenario.REPLAY),
                    s.median(CompileScenario.FROZEN + CompileScenario.INSIDE),
                    s.median(CompileScenario.NEW_HEAD + CompileScenario.INSIDE),
                    s.median(CompileScenario.PLAIN + CompileScenario.WARM),
                    s.median(CompileScenario.FROZEN + CompileScenario.WARM),
                    s.median(CompileScenario.NEW_HEAD + CompileScenario.WARM));
        }
    }

    Report footprint(List<Footprint.Result> results) {
        text.append("\n## 4. Footprint\n\n");
        text.append(
                "Jars an application adds for the tool (the PostgreSQL JDBC driver, needed by all three, excluded); peak RSS is in the whole-process table above.\n\n");
        text.append("| tool | jars (own + dependencies) | dependencies | own jar(s) KiB | total KiB |\n");
        text.append("|---|---:|---:|---:|---:|\n");
        for (Footprint.Result r : results) {
            text.append("| ")
                    .append(r.tool())
                    .append(" | ")
                    .append(r.jars())
                    .append(" | ")
                    .append(r.jars() - ToolJars.DECLARED.get(r.tool()).size())
                    .append(" | ")
                    .append(r.ownBytes() / 1024)
                    .append(" | ")
                    .append(r.bytes() / 1024)
                    .append(" |\n");
        }
        return this;
    }

    /** The online scenario: the writer's stalls while each operation ran, Migrata beside the plain statement. */
    Report online(OnlineScenario.Result result) {
        text.append("\n## Online: schema changes on a table under write load\n\n");
        text.append(String.format(
                "A table of %,d rows takes single-row inserts and updates, one after the other, from its own"
                        + " connection while each operation runs: Migrata's generated revision applied by the runtime,"
                        + " and the plain statement in one transaction. Longest stall = the writer's slowest write that"
                        + " overlapped the operation; ms.%n%n",
                result.rows()));
        text.append("| operation | Migrata: longest stall | Migrata: p99 | Migrata: duration | plain: longest stall"
                + " | plain: p99 | plain: duration | plain statement |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        List<String> missed = new ArrayList<>();
        for (OnlineScenario.Row row : result.operations()) {
            text.append(String.format(
                    "| %s | %s | %s | %s | %s | %s | %s | `%s` |%n",
                    row.operation(),
                    Stats.ms(row.migrata().longestStallMs()),
                    Stats.ms(row.migrata().p99Ms()),
                    Stats.ms(row.migrata().operationMs()),
                    Stats.ms(row.plain().longestStallMs()),
                    Stats.ms(row.plain().p99Ms()),
                    Stats.ms(row.plain().operationMs()),
                    row.plainSql()));
            if (!(row.migrata().longestStallMs() < ONLINE_STALL_TARGET_MS)) {
                missed.add(row.operation() + " (" + Stats.ms(row.migrata().longestStallMs()) + " ms)");
            }
        }
        text.append("\nMigrata's steps, in the order they ran:\n\n");
        for (OnlineScenario.Row row : result.operations()) {
            text.append("- ").append(row.operation()).append(":\n");
            for (String step : row.migrataSteps()) {
                text.append("  - `").append(step).append("`\n");
            }
        }
        targets.add(
                missed.isEmpty()
                        ? String.format(
                                "Online: Migrata's longest writer stall is under %.0f ms for every operation: met.",
                                ONLINE_STALL_TARGET_MS)
                        : String.format(
                                "Online: Migrata's longest writer stall under %.0f ms: missed for %s.",
                                ONLINE_STALL_TARGET_MS, String.join(", ", missed)));
        return this;
    }

    Report footer(String loadAfter, double minutes) {
        text.append("\n## Targets\n\n");
        for (String line : targets) {
            text.append("- ").append(line).append('\n');
        }
        text.append("\nLoad average at end: ")
                .append(loadAfter)
                .append(String.format("; total run time %.1f min.%n", minutes));
        return this;
    }

    String markdown() {
        return text.toString();
    }
}
