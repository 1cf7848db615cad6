using BenchmarkDotNet.Attributes;
using ClaimCheck.Extraction;
using FuzzySharp;

namespace ClaimCheck.Benchmarks.Stages;

/// <summary>
/// Stage <c>Comparison</c>: the pipeline's comparer on the sample corpus's candidate pairs, against FuzzySharp's
/// token-set ratio on the same claim texts (the naive baseline).
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    /// <summary>Most pairs compared per operation, spread evenly over the candidates, so one operation stays short.</summary>
    public const int MaxPairs = 1000;

    private CrossCheckPipeline _pipeline = null!;
    private (Claim A, Claim B)[] _pairs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SampleCorpus.SingleThreaded();
        var claims = _pipeline.Run(SampleCorpus.Articles()).Claims;
        var candidates = _pipeline.Blocker.FindCandidates(claims);
        int step = Math.Max(1, candidates.Count / MaxPairs);
        _pairs = candidates.Where((_, i) => i % step == 0).Take(MaxPairs).Select(p => (claims[p.Left], claims[p.Right])).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int TokenSetRatio()
    {
        int sum = 0;
        foreach (var (a, b) in _pairs) sum += Fuzz.TokenSetRatio(a.Text, b.Text);
        return sum;
    }

    [Benchmark]
    public double Comparer()
    {
        double sum = 0;
        foreach (var (a, b) in _pairs) sum += _pipeline.Comparer.Compare(a, b).Score;
        return sum;
    }
}
