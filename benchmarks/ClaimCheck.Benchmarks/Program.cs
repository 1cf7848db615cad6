using BenchmarkDotNet.Running;
using ClaimCheck.Benchmarks.Accuracy;
using ClaimCheck.Benchmarks.Scale;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// <c>scale --articles N [--seed S] [--threads T]</c>, <c>accuracy [--eval DIR] [--limit N] [--dump FILE]</c>,
/// <c>corpus --articles N --out DIR [--seed S]</c> (writes the synthetic corpus as .txt files),
/// <c>extract --articles N [--repeat R]</c> (single-threaded extraction loop, for profiling), or
/// BenchmarkDotNet arguments (<c>--filter '*Segmentation*' --job Dry</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "scale": return ScaleBenchmark.RunCommand(args[1..], Console.Out, Console.Error);
            case "accuracy": return AccuracySuite.RunCommand(args[1..], Console.Out, Console.Error);
            case "corpus": return SyntheticCorpus.WriteCommand(args[1..], Console.Out, Console.Error);
            case "train": return PairModelTrainer.RunCommand(args[1..], Console.Out, Console.Error);
            case "extract": return ExtractProfile.RunCommand(args[1..], Console.Out, Console.Error);
            case "stages": return StageProfile.RunCommand(args[1..], Console.Out, Console.Error);
            case "recall": return RecallProbe.RunCommand(args[1..], Console.Out, Console.Error);
            case "memory": return MemoryProbe.RunCommand(args[1..], Console.Out, Console.Error);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
