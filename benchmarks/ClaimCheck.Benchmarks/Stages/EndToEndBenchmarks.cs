using BenchmarkDotNet.Attributes;
using ClaimCheck.Articles;

namespace ClaimCheck.Benchmarks.Stages;

/// <summary>All stages: <see cref="CrossCheckPipeline.Run"/> on the sample corpus, on one thread and on all cores.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private CrossCheckPipeline _pipeline = null!;
    private IReadOnlyList<Article> _articles = null!;

    /// <summary>Threads (0 = one per core).</summary>
    [Params(1, 0)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new CrossCheckPipelineBuilder().UseOptions(CrossCheckOptions.Default with { MaxDegreeOfParallelism = Threads }).Build();
        _articles = SampleCorpus.Articles();
    }

    /// <summary>Returns the number of findings so the work cannot be optimised away.</summary>
    [Benchmark]
    public int Run() => _pipeline.Run(_articles).Findings.Length;
}
