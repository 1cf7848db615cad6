using System.Globalization;
using ClaimCheck.Comparison;

namespace ClaimCheck.Benchmarks.Scale;

/// <summary><c>memory --articles N</c>: live heap after a run and the findings by kind; for memory tuning.</summary>
public static class MemoryProbe
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int RunCommand(string[] args, TextWriter output, TextWriter error)
    {
        int articles = 1000;
        for (int i = 0; i + 1 < args.Length; i += 2)
            if (args[i] == "--articles") articles = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        var corpus = SyntheticCorpus.Generate(articles, SyntheticCorpus.DefaultSeed);
        long before = GC.GetTotalMemory(true);
        var report = new CrossCheckPipelineBuilder().Build().Run(corpus);
        long after = GC.GetTotalMemory(true);
        var kinds = report.Findings.GroupBy(f => f.Kind).Select(g => $"{g.Key}={g.Count()}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: articles={articles} claims={report.Claims.Length} pairs={report.CandidatePairs} live_report_mb={(after - before) / 1048576.0:0.0} peak_mb={System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0.0} {string.Join(' ', kinds)}"));
        foreach (var notice in report.Notices) output.WriteLine("notice: " + notice);
        GC.KeepAlive(report);
        return 0;
    }
}
