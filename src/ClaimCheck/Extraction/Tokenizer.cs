using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
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
    public Token(int start, int length, TokenKind kind, string lower, string lemma, int lowerId, int lemmaId, bool capitalized, bool allCaps, bool hyphenBefore, bool plain = false)
    {
        Plain = plain;
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
    /// <summary>Whether the token is ASCII letters and nothing else: no digit, apostrophe, dot or mark.</summary>
    public bool Plain { get; }
    public TextSpan Span => new(Start, Length);
    public bool IsWord => Kind == TokenKind.Word;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);
    /// <summary>Whether <see cref="Lower"/> ends with <paramref name="suffix"/> (ordinal); a short loop the JIT inlines, where
    /// <see cref="string.EndsWith(string, StringComparison)"/> is a call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool EndsWith(string suffix)
    {
        var lower = Lower;
        int at = lower.Length - suffix.Length;
        if (at < 0) return false;
        for (int k = 0; k < suffix.Length; k++)
            if (lower[at + k] != suffix[k]) return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsPunct(char c) => Kind == TokenKind.Punct && Lower.Length == 1 && Lower[0] == c;
    public override string ToString() => Lower;
}

/// <summary>Splits text into word, number and punctuation tokens in one linear pass.</summary>
/// <remarks>
/// Thread-safe. Token strings are interned in a bounded shared cache so that repeated words cost no allocation; each
/// thread reads short words through its own small table in front of it.
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
        /// <summary>The surface these forms belong to, when the entry sits in <see cref="Cache"/>; empty for uncached words.</summary>
        public string Surface { get; init; } = "";
    }

    // Each thread keeps a direct-mapped table of the short surfaces it met last, in front of Cache. A slot holds the surface's
    // characters inline (up to 12, packed in three ulongs), so a hit costs one hash of registers and one slot read: no
    // dictionary probe and no pointer chase to a cached string, which is what dominated tokenizing on a busy cache.
    private const int SlotBits = 13;
    private const int MaxSlotLength = 12;

    private struct Slot
    {
        public ulong A, B, C;
        public int Length; // 0: empty
        public int LowerId, LemmaId;
        public bool Capitalized, AllCaps, Plain;
        public string Lower, Lemma;
    }

    [ThreadStatic] private static Slot[]? _slots;

    // The token buffer each thread fills before copying out the exact-size array.
    [ThreadStatic] private static Token[]? _buffer;

    /// <summary>The tokens of <paramref name="range"/>, in a new array.</summary>
    public static Token[] Tokenize(string text, TextSpan range) => Tokenize(text, range, pooled: false);

    /// <summary>The tokens of <paramref name="range"/>; with <paramref name="pooled"/> in a per-thread array
    /// (<see cref="SentenceArrays{T}"/>) that is valid only until this thread tokenises another range of the same length.</summary>
    public static Token[] Tokenize(string text, TextSpan range, bool pooled)
    {
        var list = new TokenBuffer(_buffer ??= new Token[256], _slots ??= new Slot[1 << SlotBits]);
        int i = range.Start, end = Math.Min(range.End, text.Length);
        bool pendingHyphen = false;
        while (i < end)
        {
            char c = text[i];
            if (Chars.IsWhiteSpace(c) || IsInvisible(c))
            {
                pendingHyphen = false;
                i++;
                continue;
            }
            int start = i;
            if (Chars.IsLetter(c) || IsCombining(c))
            {
                // Dotted abbreviation: (letter{1,2} '.'){2,}  e.g. U.S., U.K., e.g., J.D. — only where a dot follows one or
                // two characters on
                if ((i + 1 < end && text[i + 1] == '.') || (i + 2 < end && text[i + 2] == '.'))
                {
                    int j = TryAbbreviation(text, i, end);
                    if (j > i)
                    {
                        Add(ref list, text, start, j, TokenKind.Word, pendingHyphen);
                        pendingHyphen = false;
                        i = j;
                        continue;
                    }
                }
                i = WordEnd(text, i, end);
                // apostrophes inside a word: don't, isn't, O'Brien; split "'s" and "’s"
                while (i + 1 < end && IsApostrophe(text[i]) && Chars.IsLetter(text[i + 1]))
                {
                    if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !Chars.IsLetter(text[i + 2]))) break;
                    i++;
                    while (i < end && Chars.IsLetterOrDigit(text[i])) i++;
                }
                Add(ref list, text, start, i, TokenKind.Word, pendingHyphen);
                pendingHyphen = false;
                if (i + 1 < end && IsApostrophe(text[i]) && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !Chars.IsLetter(text[i + 2])))
                {
                    Add(ref list, text, i, i + 2, TokenKind.Word, false, forced: PossessiveS);
                    i += 2;
                }
                if (i + 1 < end && IsHyphen(text[i]) && Chars.IsLetterOrDigit(text[i + 1]))
                {
                    pendingHyphen = true;
                    i++;
                }
                continue;
            }
            if (Chars.IsDigit(c))
            {
                while (i < end && (Chars.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < end && Chars.IsDigit(text[i + 1]) && i > start)))
                    i++;
                // ordinal suffixes and units glued to numbers: 2nd, 18th, 4pm, 20km
                while (i < end && Chars.IsLetter(text[i])) i++;
                Add(ref list, text, start, i, TokenKind.Number, pendingHyphen);
                pendingHyphen = false;
                if (i + 1 < end && IsHyphen(text[i]) && Chars.IsLetterOrDigit(text[i + 1]))
                {
                    pendingHyphen = true;
                    i++;
                }
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < end) i++;
            i++;
            Add(ref list, text, start, i, TokenKind.Punct, false);
            pendingHyphen = false;
        }
        var tokens = list.Tokens;
        var result = pooled ? SentenceArrays<Token>.Copy(tokens) : tokens.ToArray();
        // keep the grown buffer for the next sentence, unless one enormous sentence grew it
        _buffer = list.Items.Length > 4096 ? null : list.Items;
        return result;
    }

    /// <summary>Where the run of letters, digits and combining marks from <paramref name="i"/> ends (an invisible format
    /// character between two of them belongs to the run). A method of its own, so that its few variables stay in registers.</summary>
    private static int WordEnd(string text, int i, int end)
    {
        var s = text.AsSpan(0, end);
        while ((uint)i < (uint)s.Length)
        {
            char ch = s[i];
            if (ch < 128)
            {
                // ASCII: letters and digits only (no ASCII character is a mark or an invisible joiner)
                if ((uint)((ch | 0x20) - 'a') > 'z' - 'a' && (uint)(ch - '0') > 9) break;
                i++;
                continue;
            }
            if (!Chars.IsLetterOrDigit(ch) && !IsCombining(ch) && !IsInvisibleInside(text, i, end)) break;
            if (char.IsHighSurrogate(ch) && i + 1 < end) i++;
            i++;
        }
        return i;
    }

    private static int TryAbbreviation(string text, int i, int end)
    {
        int j = i, groups = 0;
        while (j < end)
        {
            int k = j;
            while (k < end && k - j < 2 && Chars.IsLetter(text[k])) k++;
            if (k == j || k >= end || text[k] != '.') break;
            j = k + 1;
            groups++;
            if (j < end && !Chars.IsLetter(text[j])) break;
        }
        if (groups < 2) return i;
        // "U.S.A" without the final dot, or "U.S." — the last group must end with '.'
        return j;
    }

    /// <summary>The tokens of one range as they are read: a growable array and the thread's surface table.</summary>
    private ref struct TokenBuffer(Token[] items, Slot[] slots)
    {
        public Token[] Items = items;
        public int Count;
        public readonly Slot[] Slots = slots;

        public readonly ReadOnlySpan<Token> Tokens => Items.AsSpan(0, Count);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(in Token token)
        {
            if (Count == Items.Length) Array.Resize(ref Items, Items.Length * 2);
            Items[Count++] = token;
        }
    }

    private static void Add(ref TokenBuffer list, string text, int start, int end, TokenKind kind, bool hyphenBefore, Normal? forced = null)
    {
        var span = text.AsSpan(start, end - start);
        if (forced is null && span.Length <= MaxSlotLength)
        {
            ulong a, b, c;
            if (start + MaxSlotLength <= text.Length)
            {
                // twelve characters are there to read: three reads, the characters past the surface masked off
                var twelve = MemoryMarshal.AsBytes(text.AsSpan(start, MaxSlotLength));
                int length = span.Length;
                a = MemoryMarshal.Read<ulong>(twelve) & Mask(length);
                b = MemoryMarshal.Read<ulong>(twelve.Slice(8)) & Mask(length - 4);
                c = MemoryMarshal.Read<ulong>(twelve.Slice(16)) & Mask(length - 8);
            }
            else
            {
                a = Pack(span, 0);
                b = Pack(span, 4);
                c = Pack(span, 8);
            }
            ulong mixed = (a * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL) ^ (c * 0x165667B19E3779F9UL) ^ (ulong)span.Length;
            ref var slot = ref list.Slots[(int)((mixed * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits))];
            if (slot.Length != span.Length || slot.A != a || slot.B != b || slot.C != c)
            {
                var normal = Normalize(span, kind);
                var (capital, caps, plain) = Case(span);
                // only surfaces with a stable cache entry: an uncached word's ids may change when a table interns it later
                if (normal.Surface.Length == 0)
                {
                    list.Add(new Token(start, end - start, kind, normal.Lower, normal.Lemma, normal.LowerId, normal.LemmaId, capital, caps, hyphenBefore, plain));
                    return;
                }
                slot = new Slot
                {
                    A = a, B = b, C = c, Length = span.Length, LowerId = normal.LowerId, LemmaId = normal.LemmaId,
                    Capitalized = capital, AllCaps = caps, Plain = plain, Lower = normal.Lower, Lemma = normal.Lemma,
                };
            }
            list.Add(new Token(start, end - start, kind, slot.Lower, slot.Lemma, slot.LowerId, slot.LemmaId, slot.Capitalized, slot.AllCaps, hyphenBefore, slot.Plain));
            return;
        }
        var n = forced ?? Normalize(span, kind);
        var (cap, allCaps, isPlain) = Case(span);
        list.Add(new Token(start, end - start, kind, n.Lower, n.Lemma, n.LowerId, n.LemmaId, cap, allCaps, hyphenBefore, isPlain));
    }

    /// <summary>The bits of the first <paramref name="chars"/> characters (0 to 4) of a packed value: what <see cref="Pack"/>
    /// keeps of a span with that many characters left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(int chars) => chars >= 4 ? ulong.MaxValue : chars <= 0 ? 0 : (1UL << (16 * chars)) - 1;

    /// <summary>Up to four characters of <paramref name="span"/> from <paramref name="from"/>, packed into one value (zero-padded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ReadOnlySpan<char> span, int from)
    {
        int n = span.Length - from;
        if (n >= 4) return MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(span.Slice(from, 4)));
        ulong v = 0;
        for (int k = n - 1; k >= 0; k--) v = (v << 16) | span[from + k];
        return v;
    }

    /// <summary>Whether the surface starts with a capital; whether it has two or more letters, all capitals; whether it is
    /// ASCII letters only.</summary>
    private static (bool Capitalized, bool AllCaps, bool Plain) Case(ReadOnlySpan<char> span)
    {
        bool cap = span.Length > 0 && Chars.IsUpper(span[0]);
        bool allCaps = cap;
        int letters = 0;
        foreach (char ch in span)
        {
            if (Chars.IsLetter(ch))
            {
                letters++;
                if (!Chars.IsUpper(ch)) { allCaps = false; break; }
            }
        }
        bool plain = span.Length > 0;
        foreach (char ch in span)
            if (!char.IsAsciiLetter(ch)) { plain = false; break; }
        return (cap, allCaps && letters >= 2, plain);
    }

#if NET9_0_OR_GREATER
    private static readonly ConcurrentDictionary<string, Normal>.AlternateLookup<ReadOnlySpan<char>> CacheBySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    private static Normal Normalize(ReadOnlySpan<char> span, TokenKind kind)
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
        IsInvisible(text[i]) && !Chars.IsWhiteSpace(text[i]) && !char.IsControl(text[i]) && i + 1 < end && Chars.IsLetterOrDigit(text[i + 1]);
}
