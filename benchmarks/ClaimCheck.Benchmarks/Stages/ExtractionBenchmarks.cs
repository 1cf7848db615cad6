using BenchmarkDotNet.Attributes;
using ClaimCheck.Articles;

namespace ClaimCheck.Benchmarks.Stages;

/// <summary>Stages <c>Segmentation</c> + <c>Extraction</c> + <c>Normalization</c>: <see cref="CrossCheckPipeline.Analyze"/> over the sample corpus.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private CrossCheckPipeline _pipeline = null!;
    private IReadOnlyList<Article> _articles = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SampleCorpus.SingleThreaded();
        _articles = SampleCorpus.Articles();
    }

    /// <summary>Returns the number of claims so the work cannot be optimised away.</summary>
    [Benchmark]
    public int AnalyzeCorpus()
    {
        int n = 0;
        foreach (var a in _articles) n += _pipeline.Analyze(a).Claims.Count;
        return n;
    }
}
