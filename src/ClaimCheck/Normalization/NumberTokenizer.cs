namespace ClaimCheck.Normalization;

/// <summary>What a scanner token is.</summary>
internal enum NumberTokenKind : byte
{
    /// <summary>A run of letters, possibly with inner apostrophes ("Tuesday’s").</summary>
    Word,
    /// <summary>ASCII digits with optional thousands separators, decimals and a letter suffix ("20,000", "4.5", "18th", "2.5bn").</summary>
    Number,
    /// <summary>Mixed letters and digits, clock times, versions, slashed forms ("F16", "10:30", "24/7"): never a quantity.</summary>
    Id,
}

/// <summary>What separates a token from the one before it.</summary>
internal enum GapKind : byte
{
    /// <summary>First token of the range.</summary>
    Start,
    /// <summary>Nothing at all: the tokens touch.</summary>
    None,
    /// <summary>Only white space or invisible format characters.</summary>
    Space,
    /// <summary>Exactly one non-space character (see <see cref="NumberToken.GapChar"/>), possibly with spaces.</summary>
    Single,
    /// <summary>Two or more non-space characters.</summary>
    Other,
}

/// <summary>One word or number of the scanned range, with what separates it from the previous token.</summary>
/// <remarks>Invariant: <c>Start &lt; CoreEnd ≤ SuffixStart ≤ End</c> for numbers and <c>CoreEnd ≤ End</c> for words.</remarks>
internal struct NumberToken
{
    public int Start;
    public int End;
    /// <summary>Words: end without a possessive "'s". Numbers: end of the digits.</summary>
    public int CoreEnd;
    public NumberTokenKind Kind;
    public GapKind Gap;
    /// <summary>The single non-space character of the gap before, when <see cref="Gap"/> is <see cref="GapKind.Single"/>.</summary>
    public char GapChar;
    /// <summary>Whether the gap before holds white space.</summary>
    public bool GapHasSpace;
    public double Value;
    /// <summary>Words: the <see cref="NumberWords.WordFacts"/> of the core, packed, once
    /// <see cref="NumberWords.FactsOf(string, ref NumberToken)"/> has read them; before, 0, or for a plain word taken from
    /// the main tokenizer its vocabulary id to read them by (<see cref="NumberWords.WordFacts.Pending"/>).</summary>
    public ulong Facts;
    /// <summary>Words: which scanners may start here (<see cref="NumberWords.StartFlags"/>), looked up once per word.</summary>
    public byte Starts;
    public int IntDigits;
    public bool HasSeparator;
    public bool HasDecimal;
    public bool LeadingZero;

    public readonly int SuffixStart => CoreEnd;
    public readonly bool HasSuffix => Kind == NumberTokenKind.Number && CoreEnd < End;

    /// <summary>Whether the token is a plain integer: no separators, decimals or suffix.</summary>
    public readonly bool IsPlainInteger => Kind == NumberTokenKind.Number && !HasSeparator && !HasDecimal && CoreEnd == End;

    /// <summary>Whether the token is the word <paramref name="lit"/> (lower-case ASCII letters), in any case and without a possessive.</summary>
    /// <remarks>Length and first letter first: most comparisons fail there, without a call into the string comparer.</remarks>
    public readonly bool Spells(string text, string lit) =>
        Kind == NumberTokenKind.Word && CoreEnd == End && End - Start == lit.Length
        && (text[Start] | 0x20) == lit[0] && text.AsSpan(Start, lit.Length).Equals(lit, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the token is a hyphen-joined continuation of the previous one ("three-stage").</summary>
    public readonly bool HyphenJoined => Gap == GapKind.Single && !GapHasSpace && NumberTokenizer.IsHyphen(GapChar);
}

/// <summary>Splits a range of text into words and numbers in one linear pass.</summary>
/// <remarks>Allocation-free apart from the token list; never throws on any text.</remarks>
internal static class NumberTokenizer
{
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    /// <summary>White space, or an invisible format character (zero-width joiner, RTL mark, BOM).</summary>
    public static bool IsSpaceLike(char c) =>
        Chars.IsWhiteSpace(c) || (c > 127 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);

    /// <summary>Clamps <paramref name="range"/> to <paramref name="text"/>.</summary>
    public static (int Start, int End) Clamp(string text, TextSpan range)
    {
        int start = Math.Clamp(range.Start, 0, text.Length);
        long end = Math.Clamp((long)range.Start + Math.Max(0, range.Length), start, text.Length);
        return (start, (int)end);
    }

    /// <summary>Appends the tokens of <paramref name="range"/> to <paramref name="tokens"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="range">The part to tokenise.</param>
    /// <param name="tokens">Receives the tokens.</param>
    /// <param name="words">The same range's tokens from <see cref="Extraction.Tokenizer"/>, when the caller has them: a word
    /// that starts where one of them starts, with the same length, takes its start flags from the token's vocabulary id (an
    /// array read) instead of a lookup by its characters.</param>
    public static void Tokenize(string text, TextSpan range, List<NumberToken> tokens, Extraction.Token[]? words = null)
    {
        var (p, end) = Clamp(text, range);
        int prevEnd = -1, w = 0;
        while (p < end)
        {
            char c = text[p];
            NumberToken tok;
            if (IsDigit(c)) tok = ReadNumber(text, p, end);
            else if (Chars.IsLetter(c))
            {
                if (words is not null)
                {
                    while (w < words.Length && words[w].Start < p) w++;
                    // A plain word of the main tokenizer (ASCII letters only) that no apostrophe continues ("Tuesday's") is
                    // exactly the word ReadWord would read: take it as it is.
                    if (w < words.Length && words[w].Start == p && words[w].Plain && words[w].Kind == Extraction.TokenKind.Word
                        && !ApostropheContinues(text, p + words[w].Length, end))
                    {
                        int q = p + words[w].Length;
                        tok = new NumberToken
                        {
                            Start = p, End = q, CoreEnd = q, Kind = NumberTokenKind.Word, Starts = NumberWords.StartFlagsOf(words[w].LowerId),
                            Facts = words[w].LowerId >= 0 ? NumberWords.WordFacts.Pending(words[w].LowerId) : 0,
                        };
                        SetGap(text, prevEnd, ref tok);
                        tokens.Add(tok);
                        prevEnd = q;
                        p = q;
                        continue;
                    }
                }
                tok = ReadWord(text, p, end);
                if (tok.Kind == NumberTokenKind.Word)
                {
                    if (words is not null)
                    {
                        while (w < words.Length && words[w].Start < tok.Start) w++;
                        tok.Starts = w < words.Length && words[w].Start == tok.Start && words[w].Length == tok.CoreEnd - tok.Start
                            ? NumberWords.StartFlagsOf(words[w].LowerId)
                            : NumberWords.StartFlags(text.AsSpan(tok.Start, tok.CoreEnd - tok.Start));
                    }
                    else tok.Starts = NumberWords.StartFlags(text.AsSpan(tok.Start, tok.CoreEnd - tok.Start));
                }
            }
            else { p++; continue; }
            SetGap(text, prevEnd, ref tok);
            tokens.Add(tok);
            prevEnd = tok.End;
            p = tok.End;
        }
    }

    private static void SetGap(string text, int prevEnd, ref NumberToken tok)
    {
        if (prevEnd < 0) { tok.Gap = GapKind.Start; return; }
        if (prevEnd == tok.Start) { tok.Gap = GapKind.None; return; }
        int nonSpace = 0;
        char first = '\0';
        bool space = false;
        for (int q = prevEnd; q < tok.Start; q++)
        {
            char c = text[q];
            if (IsSpaceLike(c)) { space = true; continue; }
            if (++nonSpace == 1) first = c;
            else break;
        }
        tok.GapHasSpace = space;
        tok.GapChar = first;
        tok.Gap = nonSpace switch { 0 => GapKind.Space, 1 => GapKind.Single, _ => GapKind.Other };
        // A gap of spaces then many symbols may stop early; the early exit keeps the pass linear.
        if (nonSpace > 1) tok.GapHasSpace = true;
    }

    private static NumberToken ReadNumber(string text, int start, int end)
    {
        var tok = new NumberToken { Start = start, Kind = NumberTokenKind.Number };
        int q = start;
        double v = 0;
        int digits = 0;
        while (q < end && IsDigit(text[q])) { v = v * 10 + (text[q] - '0'); q++; digits++; }
        if (digits <= 3)
        {
            // Thousands groups: exactly three digits after each comma.
            while (q + 3 < end && text[q] == ',' && IsDigit(text[q + 1]) && IsDigit(text[q + 2]) && IsDigit(text[q + 3])
                   && (q + 4 >= end || !IsDigit(text[q + 4])))
            {
                v = v * 1000 + (text[q + 1] - '0') * 100 + (text[q + 2] - '0') * 10 + (text[q + 3] - '0');
                q += 4;
                digits += 3;
                tok.HasSeparator = true;
            }
        }
        tok.IntDigits = digits;
        tok.LeadingZero = text[start] == '0' && digits > 1 && !tok.HasSeparator;
        if (q + 1 < end && text[q] == '.' && IsDigit(text[q + 1]))
        {
            q++;
            double scale = 0.1;
            while (q < end && IsDigit(text[q])) { v += (text[q] - '0') * scale; scale *= 0.1; q++; }
            tok.HasDecimal = true;
        }
        tok.Value = v;
        tok.CoreEnd = q;
        // Versions, clock times, slashed dates, exponents: consume as one opaque id.
        if (q + 1 < end && (text[q] is '.' or ':' or '/' or '^') && IsDigit(text[q + 1]))
        {
            tok.Kind = NumberTokenKind.Id;
            while (q < end && (IsDigit(text[q]) || text[q] is '.' or ':' or '/' or '^' || IsAsciiLetter(text[q]))) q++;
            // A trailing period ends the sentence, not the id.
            if (text[q - 1] == '.') q--;
            tok.End = q;
            tok.CoreEnd = q;
            return tok;
        }
        while (q < end && Chars.IsLetter(text[q])) q++;
        if (q < end && IsDigit(text[q]))
        {
            tok.Kind = NumberTokenKind.Id;
            while (q < end && Chars.IsLetterOrDigit(text[q])) q++;
        }
        tok.End = q;
        if (tok.Kind == NumberTokenKind.Number && tok.CoreEnd < q && !IsKnownSuffix(text.AsSpan(tok.CoreEnd, q - tok.CoreEnd)))
            tok.Kind = NumberTokenKind.Id;
        return tok;
    }

    private static bool IsKnownSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase)
        || s.Equals("s", StringComparison.Ordinal) || s.Equals("bn", StringComparison.OrdinalIgnoreCase)
        || s.Equals("m", StringComparison.Ordinal) || s.Equals("mn", StringComparison.Ordinal)
        || s.Equals("k", StringComparison.Ordinal) || s.Equals("tn", StringComparison.Ordinal);

    private static bool ApostropheContinues(string text, int q, int end) =>
        q + 1 < end && (text[q] == '\'' || text[q] == '\u2019') && Chars.IsLetter(text[q + 1]);

    private static NumberToken ReadWord(string text, int start, int end)
    {
        var tok = new NumberToken { Start = start, Kind = NumberTokenKind.Word };
        int q = start;
        while (q < end)
        {
            char c = text[q];
            if (Chars.IsLetter(c)) q++;
            else if ((c == '\'' || c == '\u2019') && q + 1 < end && Chars.IsLetter(text[q + 1])) q++;
            else break;
        }
        if (q < end && IsDigit(text[q]))
        {
            tok.Kind = NumberTokenKind.Id;
            while (q < end && Chars.IsLetterOrDigit(text[q])) q++;
        }
        tok.End = q;
        tok.CoreEnd = q;
        if (tok.Kind == NumberTokenKind.Word && q - start > 2 && (text[q - 1] is 's' or 'S') && text[q - 2] is '\'' or '\u2019')
            tok.CoreEnd = q - 2;
        return tok;
    }
}
