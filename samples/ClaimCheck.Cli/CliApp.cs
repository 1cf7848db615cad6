using System.Diagnostics;
using System.Text;
using ClaimCheck;
using ClaimCheck.Articles;
using ClaimCheck.Reporting;

namespace ClaimCheck.Cli;

/// <summary>The <c>claimcheck</c> command line: <c>compare</c> and <c>pairs</c>.</summary>
internal static class CliApp
{
    internal const string Usage = """
        usage:
          claimcheck compare PATH... [--format text|json|markdown|html] [--out FILE] [--threads N] [--verbose]
          claimcheck pairs INPUT.tsv [--out OUT.tsv] [--verbose]

        compare  cross-checks the articles in PATH (files, or folders of .txt/.html/.htm/.json)
        pairs    compares the two statements of each row of a tab-separated file (header: id, textA, textB)
        """;

    /// <summary>Runs the command line; returns the exit code (0 ok, 1 bug, 2 bad input or usage).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        bool verbose = args.Contains("--verbose");
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }
            return args[0] switch
            {
                "compare" => Compare(args[1..], stdout, stderr),
                "pairs" => PairsCommand.Run(args[1..], stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}' (expected compare or pairs)"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"claimcheck: {e.Message}");
            return 2;
        }
        catch (ClaimCheckException e)
        {
            stderr.WriteLine($"claimcheck: {OneLine(e.Message)}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("claimcheck: cancelled");
            return 2;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"claimcheck: internal error: {OneLine(e.GetType().Name + ": " + e.Message)} (please report it; --verbose shows details)");
            if (verbose) stderr.WriteLine(e.ToString());
            return 1;
        }
    }

    internal static string OneLine(string s) => s.Replace('\r', ' ').Replace('\n', ' ');

    private static int Compare(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var paths = new List<string>();
        string format = "text";
        string? outFile = null;
        int threads = 0;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format": format = Value(args, ref i).ToLowerInvariant(); break;
                case "--out": outFile = Value(args, ref i); break;
                case "--threads":
                    if (!int.TryParse(Value(args, ref i), out threads) || threads < 0) throw new UsageException("--threads takes a number ≥ 0");
                    break;
                case "--verbose": break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"unknown option '{args[i]}'");
                    paths.Add(args[i]);
                    break;
            }
        }
        if (paths.Count == 0) throw new UsageException("compare needs at least one file or folder");
        IReportWriter writer = format switch
        {
            "json" => new JsonReportWriter(),
            "markdown" or "md" => new MarkdownReportWriter(),
            "text" or "txt" => new TextReportWriter(),
            "html" => new HtmlReportWriter(),
            _ => throw new UsageException($"unknown format '{format}' (expected text, json, markdown or html)"),
        };
        var pipeline = new CrossCheckPipelineBuilder()
            .UseOptions(CrossCheckOptions.Default with { MaxDegreeOfParallelism = threads })
            .Build();
        var articles = ArticleReader.ReadPaths(paths, pipeline.Options);
        using var progress = new ConsoleProgress(stderr);
        var report = pipeline.Run(articles, progress);
        progress.Finish();
        var text = report.Render(writer);
        if (outFile is null) stdout.Write(text);
        else
        {
            try { File.WriteAllText(outFile, text, new UTF8Encoding(false)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new UsageException($"cannot write '{outFile}': {e.Message}");
            }
        }
        return 0;
    }

    internal static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length) throw new UsageException($"{args[i]} needs a value");
        return args[++i];
    }
}

/// <summary>A command-line mistake: reported in one line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Shows progress on stderr once a run has taken longer than a second, and only on a terminal.</summary>
internal sealed class ConsoleProgress : IProgress<CrossCheckProgress>, IDisposable
{
    private readonly TextWriter _err;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _enabled;
    private long _lastTick;
    private bool _shown;
    private readonly object _gate = new();

    public ConsoleProgress(TextWriter err)
    {
        _err = err;
        _enabled = ReferenceEquals(err, Console.Error) && !Console.IsErrorRedirected;
    }

    public void Report(CrossCheckProgress value)
    {
        if (!_enabled || _clock.ElapsedMilliseconds < 1000) return;
        lock (_gate)
        {
            long now = _clock.ElapsedMilliseconds;
            if (now - _lastTick < 200) return;
            _lastTick = now;
            string total = value.Total >= 0 ? $"/{value.Total}" : "";
            _err.Write($"\r{value.Stage.ToString().ToLowerInvariant()}: {value.Done}{total}   ");
            _shown = true;
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_shown) _err.Write("\r" + new string(' ', 40) + "\r");
            _shown = false;
        }
    }

    public void Dispose() => Finish();
}
