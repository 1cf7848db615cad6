using System.Runtime.CompilerServices;
using ClaimCheck.Extraction;

namespace ClaimCheck.Normalization;

/// <summary>An index of multi-word phrases for longest-match lookup over tokens.</summary>
/// <remarks>
/// Built once, then read-only and thread-safe. A phrase token written with capitals must meet a capitalised
/// token; one written all in capitals ("US", "EU") must meet exactly that spelling, so the pronoun "us" never
/// reads as the United States.
/// </remarks>
internal sealed class PhraseIndex<T>
{
    // Indexed by the vocabulary id of the first word: one array read per lookup, no hashing. Ids of words interned after the
    // index was built fall outside the array and match nothing, as they must (no phrase starts with them).
    private Bucket?[] _byFirst = Array.Empty<Bucket?>();
    // One bit per vocabulary id: does some phrase start with it? A few kilobytes that stay in cache, in front of the large,
    // sparse bucket array, which only the rare starting word touches.
    private ulong[] _starts = Array.Empty<ulong>();
    private int _count;

    private sealed record Entry(int[] Keys, string?[] ExactCase, bool[] NeedsCapital, T Value);

    /// <summary>The phrases that share a first word, longest first, grouped by their second word: a common first word ("the",
    /// "new") starts many names, and only those whose second word is the next token's can match.</summary>
    private sealed class Bucket
    {
        public readonly List<Entry> All = new();
        public Dictionary<int, Entry[]> BySecond = new();
        public Entry[] Singles = Array.Empty<Entry>();
        /// <summary>All entries, when there are so few that comparing each beats a dictionary probe; else <c>null</c>.</summary>
        public Entry[]? Few;

        /// <summary>Rebuilds the groups from <see cref="All"/>, keeping its order inside each group.</summary>
        public void Regroup()
        {
            Few = All.Count <= 4 ? All.ToArray() : null;
            BySecond = All.Where(e => e.Keys.Length > 1).GroupBy(e => e.Keys[1]).ToDictionary(g => g.Key, g => g.ToArray());
            Singles = All.Where(e => e.Keys.Length == 1).ToArray();
        }
    }

    /// <summary>Adds a phrase matched by lower-case surface (names) or by lemma (lexicon).</summary>
    public void Add(string phrase, T value, bool byLemma = false)
    {
        var tokens = Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length));
        if (tokens.Length == 0) return;
        var keys = new int[tokens.Length];
        var exact = new string?[tokens.Length];
        var cap = new bool[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            keys[i] = Vocabulary.Intern(byLemma ? tokens[i].Lemma : tokens[i].Lower);
            if (!byLemma)
            {
                var surface = phrase.Substring(tokens[i].Start, tokens[i].Length);
                exact[i] = tokens[i].AllCaps && tokens[i].Length <= 4 ? surface : null;
                cap[i] = tokens[i].Capitalized;
            }
        }
        if (keys[0] >= _byFirst.Length) Array.Resize(ref _byFirst, Math.Max(keys[0] + 1, _byFirst.Length * 2));
        var bucket = _byFirst[keys[0]];
        if (bucket is null)
        {
            _byFirst[keys[0]] = bucket = new Bucket();
            _count++;
            if (keys[0] >> 6 >= _starts.Length) Array.Resize(ref _starts, Math.Max((keys[0] >> 6) + 1, _starts.Length * 2));
            _starts[keys[0] >> 6] |= 1UL << (keys[0] & 63);
        }
        // later additions win among phrases of equal length: insert before equal-length entries
        var list = bucket.All;
        int at = list.FindIndex(e => e.Keys.Length <= keys.Length);
        var entry = new Entry(keys, exact, cap, value);
        if (at < 0) list.Add(entry); else list.Insert(at, entry);
        bucket.Regroup();
    }

    /// <summary>How many distinct first words the phrases have.</summary>
    public int Count => _count;

    /// <summary>Finds the longest phrase starting at token <paramref name="i"/>.</summary>
    /// <remarks>Most tokens start no phrase: this front half, small enough to inline into callers, answers them with one
    /// bit test; only a token that starts some phrase goes on to compare the phrases.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryMatch(string text, Token[] tokens, int i, bool byLemma, out int length, out T value)
    {
        int first = byLemma ? tokens[i].LemmaId : tokens[i].LowerId;
        var starts = _starts;
        if ((uint)(first >> 6) < (uint)starts.Length && (starts[first >> 6] & (1UL << (first & 63))) != 0 && _byFirst[first] is { } bucket)
            return MatchFrom(bucket, text, tokens, i, byLemma, out length, out value);
        length = 0;
        value = default!;
        return false;
    }

    private static bool MatchFrom(Bucket bucket, string text, Token[] tokens, int i, bool byLemma, out int length, out T value)
    {
        if (bucket.Few is { } few) return MatchAny(few, text, tokens, i, byLemma, out length, out value);
        // every phrase of two or more words is longer than every one-word phrase: the second word's group first
        if (i + 1 < tokens.Length && bucket.BySecond.TryGetValue(byLemma ? tokens[i + 1].LemmaId : tokens[i + 1].LowerId, out var longer)
            && MatchAny(longer, text, tokens, i, byLemma, out length, out value))
            return true;
        return MatchAny(bucket.Singles, text, tokens, i, byLemma, out length, out value);
    }

    private static bool MatchAny(Entry[] entries, string text, Token[] tokens, int i, bool byLemma, out int length, out T value)
    {
        foreach (var e in entries)
        {
            if (i + e.Keys.Length > tokens.Length) continue;
            bool ok = true;
            for (int k = 0; k < e.Keys.Length && ok; k++)
            {
                ref readonly var t = ref tokens[i + k];
                if ((byLemma ? t.LemmaId : t.LowerId) != e.Keys[k]) { ok = false; break; }
                if (byLemma) continue;
                if (e.ExactCase[k] is { } exact && (exact.Length != t.Length || string.CompareOrdinal(text, t.Start, exact, 0, exact.Length) != 0)) ok = false;
                else if (e.NeedsCapital[k] && !t.Capitalized) ok = false;
            }
            if (ok)
            {
                length = e.Keys.Length;
                value = e.Value;
                return true;
            }
        }
        length = 0;
        value = default!;
        return false;
    }
}
