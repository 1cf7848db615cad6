using System.Text;

namespace ClaimCheck.Benchmarks.Accuracy;

/// <summary>A gold label of a pair, in the terms ClaimCheck can be scored on.</summary>
public enum EvalLabel
{
    /// <summary>The two texts state the same fact compatibly (paraphrase, entailment, "for").</summary>
    Agree,
    /// <summary>The two texts clash (contradiction, "against").</summary>
    Conflict,
    /// <summary>Anything else (not a paraphrase, neutral, "observing").</summary>
    Other,
}

/// <summary>One labelled pair of texts.</summary>
/// <param name="Id">The pair's id within its data set.</param>
/// <param name="TextA">The first text.</param>
/// <param name="TextB">The second text.</param>
/// <param name="Gold">The gold label.</param>
public sealed record EvalPair(string Id, string TextA, string TextB, EvalLabel Gold);

/// <summary>A labelled data set.</summary>
/// <param name="Name">Short name (MRPC, SICK, Emergent).</param>
/// <param name="Files">The files it was read from, relative to the eval folder.</param>
/// <param name="Labels">The labels it distinguishes: agree/other (2-way) or agree/conflict/other (3-way).</param>
/// <param name="Pairs">The pairs, in file order.</param>
public sealed record EvalDataSet(string Name, string Files, IReadOnlyList<EvalLabel> Labels, IReadOnlyList<EvalPair> Pairs)
{
    /// <summary>Whether the data set has a conflict class.</summary>
    public bool HasConflict => Labels.Contains(EvalLabel.Conflict);
}

/// <summary>Reads the public pair data sets in <c>shared/eval</c> (formats in its README.md).</summary>
/// <remarks>The files are third-party data read at run time; nothing is copied into the repository.</remarks>
public static class EvalDataSets
{
    /// <summary>The labels of a 2-way data set.</summary>
    public static readonly IReadOnlyList<EvalLabel> TwoWay = new[] { EvalLabel.Agree, EvalLabel.Other };

    /// <summary>The labels of a 3-way data set.</summary>
    public static readonly IReadOnlyList<EvalLabel> ThreeWay = new[] { EvalLabel.Agree, EvalLabel.Conflict, EvalLabel.Other };

    /// <summary>Finds the eval folder: <c>shared/eval</c> under the current directory, the assembly directory, or any of their parents.</summary>
    /// <returns>The folder, or <c>null</c> when there is none.</returns>
    public static string? FindEvalFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "eval");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>Reads every data set present in the folder; a missing one is reported through <paramref name="notice"/> and skipped.</summary>
    /// <param name="folder">The eval folder.</param>
    /// <param name="limit">Keep at most this many pairs per data set (0 = all).</param>
    /// <param name="notice">Receives one line per skipped data set.</param>
    /// <returns>The data sets found.</returns>
    public static IReadOnlyList<EvalDataSet> ReadAll(string folder, int limit, Action<string> notice)
    {
        var readers = new (string[] Files, Func<string, EvalDataSet> Read)[]
        {
            (new[] { "mrpc/msr_paraphrase_train.txt" }, ReadMrpc),
            (new[] { "sick/SICK_train.txt", "sick/SICK_trial.txt" }, ReadSick),
            (new[] { "emergent/url-versions-2015-06-14-clean-train.csv" }, ReadEmergent),
        };
        var result = new List<EvalDataSet>();
        foreach (var (files, read) in readers)
        {
            var missing = files.Where(f => !File.Exists(Path.Combine(folder, f))).ToList();
            if (missing.Count > 0) { notice($"skipped: {string.Join(", ", missing)} not found in {folder}"); continue; }
            var set = read(folder);
            result.Add(limit > 0 && set.Pairs.Count > limit ? set with { Pairs = set.Pairs.Take(limit).ToList() } : set);
        }
        return result;
    }

    /// <summary>Reads MRPC: TSV, UTF-8 with BOM, no header; quality, id1, id2, sentence1, sentence2. 1 = agree, 0 = other.</summary>
    public static EvalDataSet ReadMrpc(string folder)
    {
        const string file = "mrpc/msr_paraphrase_train.txt";
        var pairs = new List<EvalPair>();
        foreach (var (line, fields) in TsvLines(Path.Combine(folder, file)))
        {
            if (line == 1 && fields[0].StartsWith("Quality", StringComparison.OrdinalIgnoreCase)) continue; // tolerate the original header
            Expect(fields.Length == 5, file, line, "expected 5 tab-separated fields");
            var gold = fields[0] switch
            {
                "1" => EvalLabel.Agree,
                "0" => EvalLabel.Other,
                _ => throw Bad(file, line, $"quality must be 0 or 1, found '{fields[0]}'"),
            };
            pairs.Add(new EvalPair($"{fields[1]}-{fields[2]}", fields[3], fields[4], gold));
        }
        return new EvalDataSet("MRPC", file, TwoWay, pairs);
    }

    /// <summary>Reads SICK train then trial: TSV, no header; id, A, B, relatedness, judgment. ENTAILMENT = agree, CONTRADICTION = conflict, NEUTRAL = other.</summary>
    public static EvalDataSet ReadSick(string folder)
    {
        var pairs = new List<EvalPair>();
        foreach (var file in new[] { "sick/SICK_train.txt", "sick/SICK_trial.txt" })
        {
            foreach (var (line, fields) in TsvLines(Path.Combine(folder, file)))
            {
                if (line == 1 && fields[0].Equals("pair_ID", StringComparison.OrdinalIgnoreCase)) continue; // tolerate the original header
                Expect(fields.Length >= 5, file, line, "expected 5 tab-separated fields");
                var gold = fields[4].Trim().ToUpperInvariant() switch
                {
                    "ENTAILMENT" => EvalLabel.Agree,
                    "CONTRADICTION" => EvalLabel.Conflict,
                    "NEUTRAL" => EvalLabel.Other,
                    _ => throw Bad(file, line, $"unknown judgment '{fields[4]}'"),
                };
                pairs.Add(new EvalPair(fields[0], fields[1], fields[2], gold));
            }
        }
        return new EvalDataSet("SICK", "sick/SICK_train.txt + SICK_trial.txt", ThreeWay, pairs);
    }

    /// <summary>Reads Emergent train: RFC 4180 CSV with a header; claimHeadline vs articleHeadline, stance for = agree, against = conflict, observing = other.</summary>
    public static EvalDataSet ReadEmergent(string folder)
    {
        const string file = "emergent/url-versions-2015-06-14-clean-train.csv";
        var records = Csv.Parse(ReadText(Path.Combine(folder, file)));
        Expect(records.Count > 0, file, 1, "the file is empty");
        var header = records[0];
        int Column(string name)
        {
            int i = Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
            return i >= 0 ? i : throw Bad(file, 1, $"no column '{name}' in the header");
        }
        int claim = Column("claimHeadline"), article = Column("articleHeadline"), stance = Column("articleHeadlineStance");
        var pairs = new List<EvalPair>();
        for (int r = 1; r < records.Count; r++)
        {
            var f = records[r];
            if (f.Length == 1 && f[0].Length == 0) continue;
            Expect(f.Length == header.Length, file, r + 1, $"expected {header.Length} fields, found {f.Length} (record {r + 1})");
            var gold = f[stance].Trim().ToLowerInvariant() switch
            {
                "for" => EvalLabel.Agree,
                "against" => EvalLabel.Conflict,
                "observing" => EvalLabel.Other,
                _ => throw Bad(file, r + 1, $"unknown stance '{f[stance]}'"),
            };
            var id = f[0].Length > 0 ? f[0] : r.ToString(System.Globalization.CultureInfo.InvariantCulture);
            pairs.Add(new EvalPair(id, f[claim], f[article], gold));
        }
        return new EvalDataSet("Emergent", file, ThreeWay, pairs);
    }

    private static string ReadText(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false, true));
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static IEnumerable<(int Line, string[] Fields)> TsvLines(string path)
    {
        var lines = ReadText(path).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length > 0) yield return (i + 1, line.Split('\t'));
        }
    }

    private static void Expect(bool ok, string file, int line, string problem)
    {
        if (!ok) throw Bad(file, line, problem);
    }

    private static InvalidDataException Bad(string file, int line, string problem) => new($"{file} line {line}: {problem}");
}

/// <summary>A parser for RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.</summary>
public static class Csv
{
    /// <summary>Parses CSV text into records.</summary>
    /// <param name="text">The text; records end with CRLF or LF, and the last may lack a line end.</param>
    /// <returns>The records, each an array of fields with quotes removed and <c>""</c> turned into <c>"</c>.</returns>
    /// <exception cref="InvalidDataException">A quoted field is not closed, or text follows a closing quote.</exception>
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0, record = 1;
        bool any = false; // whether the current record has started
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '"' && field.Length == 0)
            {
                // Quoted field: read to the closing quote; "" inside is one quote.
                int start = i++;
                while (true)
                {
                    if (i >= text.Length) throw new InvalidDataException($"record {record}: quoted field starting at offset {start} is not closed");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    throw new InvalidDataException($"record {record}: text after a closing quote at offset {i}");
                any = true;
                continue;
            }
            if (c == ',') { fields.Add(field.ToString()); field.Clear(); any = true; i++; continue; }
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                i++;
                fields.Add(field.ToString()); field.Clear();
                records.Add(fields.ToArray()); fields.Clear();
                any = false;
                record++;
                continue;
            }
            field.Append(c);
            any = true;
            i++;
        }
        if (any || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields.ToArray());
        }
        return records;
    }
}
