using BenchmarkDotNet.Attributes;
using ClaimCheck.Alignment;
using ClaimCheck.Extraction;

namespace ClaimCheck.Benchmarks.Stages;

/// <summary>Stage <c>Alignment</c>: the pipeline's blocker against the exhaustive one on the sample corpus's claims.</summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private CrossCheckPipeline _pipeline = null!;
    private IReadOnlyList<Claim> _claims = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SampleCorpus.SingleThreaded();
        _claims = _pipeline.Run(SampleCorpus.Articles()).Claims;
    }

    [Benchmark(Baseline = true)]
    public int Exhaustive() => ExhaustiveBlocker.Instance.FindCandidates(_claims).Count;

    [Benchmark]
    public int PipelineBlocker() => _pipeline.Blocker.FindCandidates(_claims).Count;
}
