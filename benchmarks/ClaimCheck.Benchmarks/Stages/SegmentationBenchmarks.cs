using BenchmarkDotNet.Attributes;
using ClaimCheck.Articles;

namespace ClaimCheck.Benchmarks.Stages;

/// <summary>Stage <c>Segmentation</c>: <see cref="CrossCheckPipeline.Segment"/> over the sample corpus.</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private CrossCheckPipeline _pipeline = null!;
    private IReadOnlyList<Article> _articles = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SampleCorpus.SingleThreaded();
        _articles = SampleCorpus.Articles();
    }

    /// <summary>Returns the number of sentences so the work cannot be optimised away.</summary>
    [Benchmark]
    public int SegmentCorpus()
    {
        int n = 0;
        foreach (var a in _articles) n += _pipeline.Segment(a).Count;
        return n;
    }
}
