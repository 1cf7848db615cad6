using System.Globalization;
using System.Text;
using ClaimCheck.Comparison;

namespace ClaimCheck.Cli;

/// <summary><c>claimcheck pairs INPUT.tsv [--out OUT.tsv]</c>: compares the two statements of each row.</summary>
/// <remarks>
/// Output is tab-separated: a header <c>id, verdict, score, explanation</c>, then one row per readable input row,
/// in input order whatever the number of threads. Unreadable rows are reported on stderr with their line
/// number and skipped; the exit code stays 0 when the file itself could be read.
/// </remarks>
internal static class PairsCommand
{
    /// <summary>The output header.</summary>
    public const string OutputHeader = "id\tverdict\tscore\texplanation";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? input = null;
        string? outFile = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out": outFile = CliApp.Value(args, ref i); break;
                case "--verbose": break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"unknown option '{args[i]}'");
                    if (input is not null) throw new UsageException("pairs takes one input file");
                    input = args[i];
                    break;
            }
        }
        if (input is null) throw new UsageException("pairs needs an input file (tab-separated, header: id, textA, textB)");

        var (rows, problems) = PairsFile.Read(input);
        foreach (var p in problems) stderr.WriteLine($"claimcheck: {input} line {p.Line}: {p.Problem}");

        var pipeline = CrossCheckPipeline.Default;
        var results = new ClaimComparison[rows.Count];
        Parallel.For(0, rows.Count, i => results[i] = pipeline.Compare(rows[i].TextA, rows[i].TextB));

        var text = new StringBuilder();
        text.Append(OutputHeader).Append('\n');
        for (int i = 0; i < rows.Count; i++) text.Append(FormatRow(rows[i].Id, results[i])).Append('\n');

        if (outFile is null) stdout.Write(text.ToString());
        else
        {
            try { File.WriteAllText(outFile, text.ToString(), new UTF8Encoding(false)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new UsageException($"cannot write '{outFile}': {CliApp.OneLine(e.Message)}");
            }
        }
        return 0;
    }

    /// <summary>Formats one output row (without the line end).</summary>
    internal static string FormatRow(string id, ClaimComparison c) =>
        string.Join('\t', Field(id), VerdictName(c.Verdict), c.Score.ToString("0.000", CultureInfo.InvariantCulture), Field(c.Explanation));

    /// <summary>The lower-case name of a verdict: <c>agree</c>, <c>conflict</c>, <c>partial</c> or <c>unrelated</c>.</summary>
    internal static string VerdictName(PairVerdict v) => v switch
    {
        PairVerdict.Agree => "agree",
        PairVerdict.Conflict => "conflict",
        PairVerdict.Partial => "partial",
        PairVerdict.Unrelated => "unrelated",
        _ => throw new ArgumentOutOfRangeException(nameof(v), v, "unknown verdict"),
    };

    // A field must not break the row: tabs and line breaks become spaces.
    private static string Field(string s) => s.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
