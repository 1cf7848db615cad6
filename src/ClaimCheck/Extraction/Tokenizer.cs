using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Globalization;
using ClaimCheck.Normalization;

namespace ClaimCheck.Extraction;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>A token: a span of the text with its lower-case form and lemma (both interned) and their vocabulary ids.</summary>
/// <remarks>Invariant: <see cref="Start"/>/<see cref="Length"/> index the original text; no token spans white space.</remarks>
internal readonly struct Token
{
    public Token(int start, int length, TokenKind kind, string lower, string lemma, int lowerId, int lemmaId, bool capitalized, bool allCaps, bool hyphenBefore)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Lower = lower;
        Lemma = lemma;
        LowerId = lowerId;
        LemmaId = lemmaId;
        Capitalized = capitalized;
        AllCaps = allCaps;
        HyphenBefore = hyphenBefore;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
    public TokenKind Kind { get; }
    public string Lower { get; }
    public string Lemma { get; }
    /// <summary>The <see cref="Vocabulary"/> id of <see cref="Lower"/>, or <see cref="Vocabulary.None"/>.</summary>
    public int LowerId { get; }
    /// <summary>The <see cref="Vocabulary"/> id of <see cref="Lemma"/>, or <see cref="Vocabulary.None"/>.</summary>
    public int LemmaId { get; }
    public bool Capitalized { get; }
    public bool AllCaps { get; }
    /// <summary>Whether a hyphen joins this token to the one before ("US-Russia", "three-stage").</summary>
    public bool HyphenBefore { get; }
    public TextSpan Span => new(Start, Length);
    public bool IsWord => Kind == TokenKind.Word;
    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);
    public bool IsPunct(char c) => Kind == TokenKind.Punct && Lower.Length == 1 && Lower[0] == c;
    public override string ToString() => Lower;
}

/// <summary>Splits text into word, number and punctuation tokens in one linear pass.</summary>
/// <remarks>
/// Thread-safe. Token strings are interned in a bounded shared cache so that repeated words cost no allocation.
/// Zero-width and bidirectional control characters are skipped; intra-word hyphens join tokens
/// (<see cref="Token.HyphenBefore"/>) instead of becoming tokens; "'s" is split off; dotted abbreviations
/// ("U.S.", "e.g.") stay one token.
/// </remarks>
internal static class Tokenizer
{
    private const int MaxCache = 200_000;
    private const int MaxCachedLength = 40;
    private static readonly ConcurrentDictionary<string, Normal> Cache = new(StringComparer.Ordinal);
    private static readonly Normal PossessiveS = new("'s", "'s", Vocabulary.Intern("'s"), Vocabulary.Intern("'s"));

    /// <summary>The normal forms of one surface: lower case, lemma and their vocabulary ids.</summary>
    private sealed record Normal(string Lower, string Lemma, int LowerId, int LemmaId)
    {
        /// <summary>The surface these forms belong to, when the entry sits in <see cref="Recent"/>.</summary>
        public string Surface { get; init; } = "";
    }

    // A direct-mapped cache in front of Cache: one cheap hash and one array read for the words of running text. Entries are
    // immutable and a slot is replaced by one reference write, so racing threads at worst miss and fall through to Cache.
    private const int RecentSize = 1 << 14;
    private static readonly Normal?[] Recent = new Normal?[RecentSize];

    // The token list each thread fills before copying out the exact-size array.
    [ThreadStatic] private static List<Token>? _buffer;

    /// <summary>The tokens of <paramref name="range"/>, in a new array.</summary>
    public static Token[] Tokenize(string text, TextSpan range) => Tokenize(text, range, pooled: false);

    /// <summary>The tokens of <paramref name="range"/>; with <paramref name="pooled"/> in a per-thread array
    /// (<see cref="SentenceArrays{T}"/>) that is valid only until this thread tokenises another range of the same length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Token[] Tokenize(string text, TextSpan range, bool pooled)
    {
        var list = _buffer ??= new List<Token>(256);
        list.Clear();
        int i = range.Start, end = Math.Min(range.End, text.Length);
        bool pendingHyphen = false;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                pendingHyphen = false;
                i++;
                continue;
            }
            int start = i;
            if (char.IsLetter(c) || IsCombining(c))
            {
                // Dotted abbreviation: (letter{1,2} '.'){2,}  e.g. U.S., U.K., e.g., J.D.
                int j = TryAbbreviation(text, i, end);
                if (j > i)
                {
                    Add(list, text, start, j, TokenKind.Word, pendingHyphen);
                    pendingHyphen = false;
                    i = j;
                    continue;
                }
                while (i < end && (char.IsLetterOrDigit(text[i]) || IsCombining(text[i]) || IsInvisibleInside(text, i, end)))
                {
                    if (char.IsHighSurrogate(text[i]) && i + 1 < end) i++;
                    i++;
                }
                // apostrophes inside a word: don't, isn't, O'Brien; split "'s" and "’s"
                while (i + 1 < end && IsApostrophe(text[i]) && char.IsLetter(text[i + 1]))
                {
                    if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]))) break;
                    i++;
                    while (i < end && char.IsLetterOrDigit(text[i])) i++;
                }
                Add(list, text, start, i, TokenKind.Word, pendingHyphen);
                pendingHyphen = false;
                if (i + 1 < end && IsApostrophe(text[i]) && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                {
                    Add(list, text, i, i + 2, TokenKind.Word, false, forced: PossessiveS);
                    i += 2;
                }
                if (i + 1 < end && IsHyphen(text[i]) && char.IsLetterOrDigit(text[i + 1]))
                {
                    pendingHyphen = true;
                    i++;
                }
                continue;
            }
            if (char.IsDigit(c))
            {
                while (i < end && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]) && i > start)))
                    i++;
                // ordinal suffixes and units glued to numbers: 2nd, 18th, 4pm, 20km
                while (i < end && char.IsLetter(text[i])) i++;
                Add(list, text, start, i, TokenKind.Number, pendingHyphen);
                pendingHyphen = false;
                if (i + 1 < end && IsHyphen(text[i]) && char.IsLetterOrDigit(text[i + 1]))
                {
                    pendingHyphen = true;
                    i++;
                }
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < end) i++;
            i++;
            Add(list, text, start, i, TokenKind.Punct, false);
            pendingHyphen = false;
        }
        var result = pooled ? SentenceArrays<Token>.Copy(list) : list.ToArray();
        if (list.Capacity > 4096) _buffer = null; // do not keep a huge buffer alive after one enormous sentence
        return result;
    }

    private static int TryAbbreviation(string text, int i, int end)
    {
        int j = i, groups = 0;
        while (j < end)
        {
            int k = j;
            while (k < end && k - j < 2 && char.IsLetter(text[k])) k++;
            if (k == j || k >= end || text[k] != '.') break;
            j = k + 1;
            groups++;
            if (j < end && !char.IsLetter(text[j])) break;
        }
        if (groups < 2) return i;
        // "U.S.A" without the final dot, or "U.S." — the last group must end with '.'
        return j;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add(List<Token> list, string text, int start, int end, TokenKind kind, bool hyphenBefore, Normal? forced = null)
    {
        var span = text.AsSpan(start, end - start);
        var n = forced ?? Normalize(span, kind);
        bool cap = span.Length > 0 && char.IsUpper(span[0]);
        bool allCaps = cap;
        int letters = 0;
        foreach (char ch in span)
        {
            if (char.IsLetter(ch))
            {
                letters++;
                if (!char.IsUpper(ch)) { allCaps = false; break; }
            }
        }
        list.Add(new Token(start, end - start, kind, n.Lower, n.Lemma, n.LowerId, n.LemmaId, cap, allCaps && letters >= 2, hyphenBefore));
    }

#if NET9_0_OR_GREATER
    private static readonly ConcurrentDictionary<string, Normal>.AlternateLookup<ReadOnlySpan<char>> CacheBySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    private static Normal Normalize(ReadOnlySpan<char> span, TokenKind kind)
    {
        uint h = 2166136261;
        foreach (char c in span) h = (h ^ c) * 16777619;
        ref var slot = ref Recent[h & (RecentSize - 1)];
        var recent = slot;
        if (recent is not null && span.SequenceEqual(recent.Surface)) return recent;
        var normal = NormalizeShared(span, kind);
        if (normal.Surface.Length > 0) slot = normal;
        return normal;
    }

    private static Normal NormalizeShared(ReadOnlySpan<char> span, TokenKind kind)
    {
#if NET9_0_OR_GREATER
        // look the surface up without allocating it
        if (CacheBySpan.TryGetValue(span, out var hit)) return hit;
        return Normalize(span.ToString(), kind);
#else
        return Normalize(span.ToString(), kind);
#endif
    }

    private static Normal Normalize(string surface, TokenKind kind)
    {
        if (Cache.TryGetValue(surface, out var hit)) return hit;
        string lower = Fold(surface);
        string lemma = kind == TokenKind.Word ? Lemmatizer.Lemma(lower) : lower;
        // The intern pool and the vocabulary are never freed: intern, number and cache only short words, and only while the
        // cache has room, so hostile input (endless distinct or very long tokens) cannot grow process memory without bound.
        // Other words only look their ids up: a word no table interned has none, and no table can match it.
        if (surface.Length > MaxCachedLength || Cache.Count >= MaxCache) return new Normal(lower, lemma, Vocabulary.Find(lower), Vocabulary.Find(lemma));
        lower = string.Intern(lower);
        lemma = string.Intern(lemma);
        var normal = new Normal(lower, lemma, Vocabulary.Intern(lower), Vocabulary.Intern(lemma)) { Surface = surface };
        return Cache.GetOrAdd(surface, normal);
    }

    /// <summary>Lower-cases and folds typographic variants (curly apostrophes) so keys compare.</summary>
    internal static string Fold(string s)
    {
        var lower = s.ToLowerInvariant();
        return lower.IndexOf('’') >= 0 ? lower.Replace('’', '\'') : lower;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '’';

    internal static bool IsHyphen(char c) => c is '-' or '‑' or '‐';

    // No combining mark lies below U+0300 and no format character below U+00AD: running text is mostly ASCII, so the
    // Unicode tables are consulted only above those.
    private static bool IsCombining(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsInvisible(char c) =>
        c < '\u00AD' ? char.IsControl(c) : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || c == '\uFFFD' || char.IsControl(c);

    private static bool IsInvisibleInside(string text, int i, int end) =>
        IsInvisible(text[i]) && !char.IsWhiteSpace(text[i]) && !char.IsControl(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
}
