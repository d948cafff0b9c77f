package dev.migrata.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the benchmark scenarios and writes the Markdown report.
 *
 * <p>Usage: {@code java -jar migrata-bench.jar all|startup,fresh,compile,footprint,online [--out FILE]
 * [--quick] [--compile-sizes TxR,...]}; {@code --compile-sizes} measures only the given schema sizes
 * in the compile scenario (e.g. {@code 200x100}). The PostgreSQL server comes from {@code MIGRATA_BENCH_PG} ({@code host:port:user}),
 * default {@code 127.0.0.1:5432:postgres}.
 */
public final class BenchMain {

    private static final int[] STARTUP_N = {10, 100, 1000};
    private static final int[] FRESH_N = {100, 1000};
    private static final int[][] COMPILE_SIZES = {{50, 20}, {200, 100}, {500, 200}};

    private BenchMain() {}

    /** Parses {@code TxR,TxR,...}: tables × revisions per schema size. */
    private static int[][] compileSizes(String text) {
        String[] sizes = text.split(",");
        int[][] parsed = new int[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            String[] parts = sizes[i].split("x");
            if (parts.length != 2) {
                throw new IllegalArgumentException("--compile-sizes wants TxR,TxR,... (e.g. 200x100), not " + text);
            }
            parsed[i] = new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
        }
        return parsed;
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Quiet.logging();
        Set<String> scenarios =
                new TreeSet<>(Arrays.asList(args.length == 0 ? new String[] {"all"} : args[0].split(",")));
        if (scenarios.remove("all")) {
            scenarios.addAll(List.of("startup", "fresh", "compile", "footprint", "online"));
        }
        Path out = null;
        boolean quick = false;
        int[][] compileSizes = COMPILE_SIZES;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--out")) {
                out = Path.of(args[++i]);
            } else if (args[i].equals("--quick")) {
                quick = true;
            } else if (args[i].equals("--compile-sizes")) {
                compileSizes = compileSizes(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Budget budget = quick ? Budget.quick() : Budget.full();
        Server server = Server.fromEnvironment();
        BenchPaths paths = BenchPaths.locate();
        String loadBefore = MachineInfo.load();
        Report report = new Report()
                .header(MachineInfo.describe(server, paths), "bash bench/run" + (quick ? " --quick" : ""), loadBefore);
        Path work = Files.createTempDirectory("migrata-bench");
        Progress.say("scenarios %s, work directory %s", scenarios, work);
        try {
            Map<Integer, Workspace> workspaces = new LinkedHashMap<>();
            if (scenarios.contains("startup") || scenarios.contains("fresh")) {
                List<String> equivalence = new ArrayList<>();
                for (int n : STARTUP_N) {
                    Workspace workspace = Workspace.create(work.resolve("n" + n), n, paths);
                    workspaces.put(n, workspace);
                    equivalence.add(EquivalenceCheck.run(server, workspace, Contenders.of(workspace)));
                    Progress.say("equivalent catalogs for N=%d", n);
                }
                report.equivalence(equivalence);
            }
            if (scenarios.contains("startup")) {
                StartupScenario startup = new StartupScenario(server, paths, budget);
                List<StartupScenario.Result> results = new ArrayList<>();
                for (int n : STARTUP_N) {
                    results.add(startup.run(workspaces.get(n), Contenders.of(workspaces.get(n))));
                }
                report.startup(results);
            }
            if (scenarios.contains("fresh")) {
                FreshApplyScenario fresh = new FreshApplyScenario(server, budget);
                List<FreshApplyScenario.Result> results = new ArrayList<>();
                for (int n : FRESH_N) {
                    results.add(fresh.run(workspaces.get(n), Contenders.of(workspaces.get(n))));
                }
                report.fresh(results);
            }
            if (scenarios.contains("compile")) {
                CompileScenario compile = new CompileScenario(paths, budget, work);
                List<CompileScenario.Result> results = new ArrayList<>();
                for (int[] size : compileSizes) {
                    results.add(compile.run(size[0], size[1]));
                }
                report.compile(results);
            }
            if (scenarios.contains("online")) {
                report.online(new OnlineScenario(server, budget.onlineRows()).run());
            }
            if (scenarios.contains("footprint")) {
                List<Footprint.Result> results = new ArrayList<>();
                for (String tool : ToolJars.DECLARED.keySet()) {
                    results.add(Footprint.of(tool, paths));
                }
                report.footprint(results);
            }
        } finally {
            CompileScenario.delete(work);
        }
        report.footer(MachineInfo.load(), (System.nanoTime() - started) / 60e9);
        if (out != null) {
            Files.writeString(out, report.markdown());
            Progress.say("wrote %s", out);
        } else {
            System.out.print(report.markdown());
        }
    }
}
