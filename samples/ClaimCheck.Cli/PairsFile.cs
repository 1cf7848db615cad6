using System.Text;

namespace ClaimCheck.Cli;

/// <summary>One row of a pairs file: an id and the two statements to compare.</summary>
/// <param name="Line">The 1-based line number in the file (the header is line 1).</param>
/// <param name="Id">The row id.</param>
/// <param name="TextA">The first statement.</param>
/// <param name="TextB">The second statement.</param>
internal sealed record PairsRow(int Line, string Id, string TextA, string TextB);

/// <summary>A line of a pairs file that could not be read, and why.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Problem">What is wrong, in one line.</param>
internal sealed record PairsProblem(int Line, string Problem);

/// <summary>Reads the tab-separated input of <c>claimcheck pairs</c>: a header <c>id, textA, textB</c>, then one pair per line.</summary>
/// <remarks>
/// Fields are split on tabs with no quoting (TSV as spreadsheets export it without quotes). Line endings may be
/// LF or CRLF; a byte-order mark is dropped; wholly empty lines are ignored. A row with the wrong number of
/// fields or an empty id is reported as a <see cref="PairsProblem"/> and skipped; a wrong header stops the read.
/// </remarks>
internal static class PairsFile
{
    /// <summary>The expected header fields.</summary>
    public static readonly string[] Header = { "id", "textA", "textB" };

    /// <summary>The header as it is written.</summary>
    public static string HeaderText => string.Join('\t', Header);

    /// <summary>Reads a pairs file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The readable rows in file order, and the problems of the rest.</returns>
    /// <exception cref="ArticleReadException">The file is missing, unreadable, not UTF-8, empty or has a wrong header.</exception>
    public static (IReadOnlyList<PairsRow> Rows, IReadOnlyList<PairsProblem> Problems) Read(string path)
    {
        if (!File.Exists(path))
            throw new ArticleReadException(path, Directory.Exists(path) ? "is a folder, not a tab-separated file" : "no such file");
        string text;
        try { text = File.ReadAllText(path, new UTF8Encoding(false, true)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw new ArticleReadException(path, CliApp.OneLine(e.Message), inner: e);
        }
        return Parse(path, text);
    }

    /// <summary>Parses the text of a pairs file.</summary>
    /// <param name="path">The file name, for messages.</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The readable rows in file order, and the problems of the rest.</returns>
    /// <exception cref="ArticleReadException">The text is empty or its header is wrong.</exception>
    public static (IReadOnlyList<PairsRow> Rows, IReadOnlyList<PairsProblem> Problems) Parse(string path, string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var lines = text.Split('\n');
        var header = lines[0].TrimEnd('\r');
        if (header.Length == 0)
            throw new ArticleReadException(path, $"the file is empty; the first line must be the header '{Visible(HeaderText)}'", "line 1");
        var names = header.Split('\t');
        if (names.Length != Header.Length || !names.Select(n => n.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
            throw new ArticleReadException(path, $"the first line must be the header '{Visible(HeaderText)}', found '{Visible(Shorten(header))}'", "line 1");

        var rows = new List<PairsRow>();
        var problems = new List<PairsProblem>();
        for (int i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0) continue;
            int number = i + 1;
            var fields = line.Split('\t');
            if (fields.Length != Header.Length)
                problems.Add(new PairsProblem(number, $"expected 3 tab-separated fields (id, textA, textB), found {fields.Length}"));
            else if (fields[0].Trim().Length == 0)
                problems.Add(new PairsProblem(number, "the id is empty"));
            else
                rows.Add(new PairsRow(number, fields[0].Trim(), fields[1], fields[2]));
        }
        return (rows, problems);
    }

    private static string Visible(string s) => s.Replace("\t", "<TAB>", StringComparison.Ordinal);

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
