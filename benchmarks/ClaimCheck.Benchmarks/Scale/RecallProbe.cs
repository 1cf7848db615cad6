using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Alignment;

namespace ClaimCheck.Benchmarks.Scale;

/// <summary>
/// <c>recall [--articles N]</c>: blocker recall against exhaustive comparison on the first N articles (default: the scale
/// benchmark's subset), with the missed pairs' similarity; for tuning the blocker. The exhaustive links are cached in the temp folder.
/// </summary>
public static class RecallProbe
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int RunCommand(string[] args, TextWriter output, TextWriter error)
    {
        int articles = ScaleBenchmark.RecallArticles;
        for (int i = 0; i + 1 < args.Length; i += 2)
            if (args[i] == "--articles") articles = int.Parse(args[i + 1], Inv);
        var subset = SyntheticCorpus.Generate(articles, SyntheticCorpus.DefaultSeed);
        string cache = Path.Combine(Path.GetTempPath(), $"claimcheck-exhaustive-{articles}.tsv");
        HashSet<(string, string)> exhaustive;
        if (File.Exists(cache))
            exhaustive = File.ReadLines(cache).Select(l => l.Split('\t')).Select(p => (p[0], p[1])).ToHashSet();
        else
        {
            exhaustive = ScaleBenchmark.LinkedPairs(new CrossCheckPipelineBuilder().UseOptions(CrossCheckOptions.Default with { Exhaustive = true }).Build().Run(subset));
            File.WriteAllLines(cache, exhaustive.Select(p => p.Item1 + "\t" + p.Item2));
        }
        var clock = Stopwatch.StartNew();
        var report = new CrossCheckPipelineBuilder().Build().Run(subset);
        var blocked = ScaleBenchmark.LinkedPairs(report);
        int hit = exhaustive.Count(blocked.Contains);
        output.WriteLine(string.Create(Inv,
            $"recall: articles={articles} claims={report.Claims.Length} pairs={report.CandidatePairs} pairs_per_claim={(double)report.CandidatePairs / report.Claims.Length:0.00} exhaustive_links={exhaustive.Count} blocked_links={blocked.Count} recall={(double)hit / Math.Max(1, exhaustive.Count):0.0000} gained={blocked.Count(p => !exhaustive.Contains(p))} seconds={clock.Elapsed.TotalSeconds:0.00}"));
        var pipeline = new CrossCheckPipelineBuilder().Build();
        if (pipeline.Comparer is ClaimCheck.Comparison.ICorpusAwareComparer aware && aware.ForCorpus(report.Claims) is ClaimCheck.Comparison.SlotComparer sc)
        {
            var hist = new int[2, 11];
            foreach (var p in exhaustive)
            {
                double s = sc.Score(report.GetClaim(p.Item1), report.GetClaim(p.Item2));
                hist[blocked.Contains(p) ? 0 : 1, Math.Min(10, (int)(s * 10))]++;
            }
            output.WriteLine("  score decile: found / missed");
            for (int d = 0; d <= 10; d++) output.WriteLine(string.Create(Inv, $"  {d / 10.0:0.0}: {hist[0, d]} / {hist[1, d]}"));
        }
        var missed = exhaustive.Where(p => !blocked.Contains(p)).Take(5);
        foreach (var (a, b) in missed)
        {
            var ca = report.GetClaim(a);
            var cb = report.GetClaim(b);
            output.WriteLine($"  missed {a} [{string.Join(' ', ca.Keys)}] ~ {b} [{string.Join(' ', cb.Keys)}]");
        }
        return 0;
    }
}
