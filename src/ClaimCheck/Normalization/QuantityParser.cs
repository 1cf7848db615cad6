using System.Runtime.CompilerServices;

namespace ClaimCheck.Normalization;

/// <summary>The hedge or bound a word puts on the number after it ("over", "at least", "about").</summary>
internal enum QuantityModifier : byte
{
    None,
    Above,
    AtLeast,
    Below,
    AtMost,
    Nearly,
    Barely,
    JustOver,
    About,
    Between,
}

/// <summary>Recognises quantity phrases in a token list; one instance per scanned range.</summary>
/// <remarks>
/// Works left to right; each attempt looks at a bounded number of tokens, so the whole pass is linear.
/// Never throws: every index is checked, and non-finite numbers are dropped.
/// </remarks>
internal struct QuantityParser
{
    private readonly string _t;
    private readonly NumberToken[] _k;

    /// <summary>A number phrase before its unit and modifier are applied.</summary>
    private struct Amount
    {
        public double Lo, Hi, Scale;
        public bool HiOpen, Approx, Vague, Ordinal, Digits, YearLike, SingleOne, NeedsUnit, HasScale;
        public int First, Last, StartPos;
        public string? Unit;
        public QuantityKind? Kind;
    }

    private readonly bool _gate;

    /// <param name="text">The text the tokens index.</param>
    /// <param name="tokens">The tokens of the scanned range.</param>
    /// <param name="gate">Skip words that cannot start a quantity (<see cref="NumberWords.QuantityStarters"/>) with one lookup;
    /// <c>false</c> tries every token (tests compare both).</param>
    public QuantityParser(string text, NumberToken[] tokens, bool gate = true)
    {
        _t = text;
        _k = tokens;
        _gate = gate;
    }

    private int N => _k.Length;

    public void Run(List<Quantity> output)
    {
        int i = 0, payload = 0;
        while (i < N)
        {
            // No quantity or date starts further than MaxLeadToPayload tokens before a number or payload word.
            if (_gate && NumberWords.FarFromPayload(_k, i, ref payload))
            {
                i++;
                continue;
            }
            // A word outside the starters, or with a possessive, fails every rule of TryAt: one lookup instead of many.
            if (_gate && _k[i].Kind != NumberTokenKind.Number
                && (_k[i].Kind == NumberTokenKind.Id || _k[i].CoreEnd != _k[i].End || (_k[i].Starts & NumberWords.StartsQuantity) == 0))
            {
                i++;
                continue;
            }
            if (TryAt(i, out var q, out int next))
            {
                output.Add(q);
                i = next;
            }
            else i++;
        }
    }

    // ---- token helpers -------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsWord(int i) => (uint)i < (uint)N && _k[i].Kind == NumberTokenKind.Word;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsNumber(int i) => (uint)i < (uint)N && _k[i].Kind == NumberTokenKind.Number;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Core(int i) => _t.AsSpan(_k[i].Start, _k[i].CoreEnd - _k[i].Start);

    /// <summary>What the number-word lookups say about token <paramref name="i"/>'s core (computed once per token).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private NumberWords.WordFacts Facts(int i) => NumberWords.FactsOf(_t, ref _k[i]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Is(int i, string lit) => (uint)i < (uint)N && _k[i].Spells(_t, lit);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool SpaceBefore(int i) => (uint)i < (uint)N && _k[i].Gap == GapKind.Space;

    /// <summary>Whether token <paramref name="i"/> is <paramref name="lit"/> and separated from the previous token by spaces only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Next(int i, string lit) => SpaceBefore(i) && Is(i, lit);

    private bool Seq(int i, string a, string b) => Is(i, a) && Next(i + 1, b);

    private bool Seq(int i, string a, string b, string c) => Is(i, a) && Next(i + 1, b) && Next(i + 2, c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private char CharAt(int p) => (uint)p < (uint)_t.Length ? _t[p] : '\0';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Capitalized(int i) => Chars.IsUpper(_t[_k[i].Start]);

    private bool IsCapitalizedMonth(int i) => IsWord(i) && Capitalized(i) && Facts(i).Month > 0;

    // ---- the attempt at one token --------------------------------------------------------------

    private bool TryAt(int i, out Quantity quantity, out int next)
    {
        quantity = null!;
        next = i + 1;
        var mod = ReadModifier(i, out int j);
        if (!TryAmount(j, out var a)) return false;
        if (a.Ordinal && mod != QuantityModifier.None) return false;

        if (!a.Vague && !a.Ordinal && Seq(a.Last + 1, "and", "a", "half") && SpaceBefore(a.Last + 1))
        {
            a.Lo += 0.5;
            a.Hi += 0.5;
            a.Last += 3;
            a.SingleOne = false;
            a.YearLike = false;
        }
        if (!TryRange(ref a, mod)) return false;
        if (SkipForContext(a)) return false;

        int last = a.Last;
        int endPos = _k[last].End;
        var kind = QuantityKind.Measure;
        string? unit = a.Unit;
        string? counted = null;
        if (a.Kind == QuantityKind.Money) kind = QuantityKind.Money;
        else if (!a.Ordinal && TryPercent(a.Last, ref last, ref endPos, ref unit)) kind = QuantityKind.Percent;
        else if (!a.Ordinal && TryCurrencyWord(a.Last, ref last, ref endPos, ref unit)) kind = QuantityKind.Money;
        else if (a.Last + 1 < N && _k[a.Last + 1].HyphenJoined && IsWord(a.Last + 1))
        {
            // "four-hour", "three-stage"; fractions and "one-on-one" are not quantities.
            int h = a.Last + 1;
            var word = Core(h);
            if (a.Ordinal || a.Vague || IsFraction(word) || Facts(h).IsStop) return false;
            if (Facts(h).DurationUnit is { } u)
            {
                kind = QuantityKind.Duration;
                unit = u;
                if (h + 1 < N && _k[h + 1].HyphenJoined && (Is(h + 1, "long") || Is(h + 1, "old"))) h++;
            }
            else
            {
                kind = QuantityKind.Count;
                counted = Lemmatizer.NounLemma(word);
            }
            last = h;
            endPos = _k[h].CoreEnd;
        }
        else if (!a.Ordinal && SpaceBefore(a.Last + 1) && IsWord(a.Last + 1) && _k[a.Last + 1].CoreEnd == _k[a.Last + 1].End
                 && Facts(a.Last + 1).DurationUnit is { } du)
        {
            kind = QuantityKind.Duration;
            unit = du;
            last = a.Last + 1;
            endPos = _k[last].End;
        }
        else
        {
            bool singular = a.Ordinal || (a.SingleOne && !a.Vague);
            int head = ParseCounted(a.Last + 1, singular, a.Vague);
            if (head >= 0)
            {
                counted = Lemmatizer.NounLemma(Core(head));
                last = head;
                endPos = _k[head].CoreEnd;
                kind = QuantityKind.Count;
            }
        }
        if (a.NeedsUnit && kind != QuantityKind.Duration) return false;
        if (a.Ordinal) kind = QuantityKind.Ordinal;

        // Pronoun "one", bare years, day ordinals and ids are not quantities.
        if (a.SingleOne && (kind == QuantityKind.Measure || OnePronounContext(a.First))) return false;
        if (a.YearLike && kind is QuantityKind.Count or QuantityKind.Measure && !IsCountedAfterYear(a, counted)) return false;
        if (a.Ordinal && a.Digits && counted is null) return false;
        if (kind == QuantityKind.Measure && mod == QuantityModifier.None && a.Digits && a.Kind is null && IsIdContext(a.First)) return false;

        var value = Apply(mod, a, kind != QuantityKind.Measure);
        int start = mod != QuantityModifier.None ? _k[i].Start : a.StartPos;
        if (endPos <= start || endPos > _t.Length) return false;
        quantity = new Quantity(
            _t.Substring(start, endPos - start),
            TextSpan.FromBounds(start, endPos),
            value,
            unit,
            counted,
            kind,
            a.Approx || mod == QuantityModifier.About);
        next = last + 1;
        return true;
    }

    private static Interval Apply(QuantityModifier mod, in Amount a, bool nonNegative)
    {
        var plain = new Interval(a.Lo, a.Hi, true, !a.HiOpen);
        return mod switch
        {
            QuantityModifier.Above => new Interval(a.Lo, double.PositiveInfinity, false, false),
            QuantityModifier.AtLeast => new Interval(a.Lo, double.PositiveInfinity, true, false),
            QuantityModifier.Below => nonNegative ? new Interval(0, a.Hi, true, false) : Interval.Below(a.Hi),
            QuantityModifier.AtMost => nonNegative ? new Interval(0, a.Hi, true, true) : new Interval(double.NegativeInfinity, a.Hi, false, true),
            QuantityModifier.Nearly => new Interval(0.85 * a.Hi, a.Hi, true, false),
            QuantityModifier.Barely => new Interval(0.75 * a.Hi, a.Hi, true, true),
            QuantityModifier.JustOver => new Interval(a.Lo, 1.15 * a.Lo, false, true),
            QuantityModifier.About => plain.Widen(0.15),
            _ => plain,
        };
    }

    // ---- modifiers -----------------------------------------------------------------------------

    private QuantityModifier ReadModifier(int i, out int j)
    {
        j = i;
        if (!IsWord(i)) return QuantityModifier.None;
        var (mod, len) = MatchModifier(i);
        if (mod == QuantityModifier.None || !SpaceBefore(i + len)) return QuantityModifier.None;
        j = i + len;
        return mod;
    }


    private (QuantityModifier, int) MatchModifier(int i)
    {
        // every rule below starts with Is(i, word): a word outside NumberWords.ModifierStarters matches none of them
        if (!IsWord(i) || _k[i].CoreEnd != _k[i].End || (_k[i].Starts & NumberWords.StartsModifier) == 0) return (QuantityModifier.None, 0);
        // one switch on the first word (lower-cased; no modifier word has a letter outside ASCII), then its follow-ups
        Span<char> buffer = stackalloc char[16];
        switch (NumberWords.AsciiLower(Core(i), buffer))
        {
            case "no":
                if (Next(i + 1, "more") && Next(i + 2, "than") || Next(i + 1, "greater") && Next(i + 2, "than")) return (QuantityModifier.AtMost, 3);
                if (Next(i + 1, "fewer") && Next(i + 2, "than") || Next(i + 1, "less") && Next(i + 2, "than")) return (QuantityModifier.AtLeast, 3);
                break;
            case "just":
                if (Next(i + 1, "more") && Next(i + 2, "than")) return (QuantityModifier.JustOver, 3);
                if (Next(i + 1, "under") || Next(i + 1, "below")) return (QuantityModifier.Nearly, 2);
                if (Next(i + 1, "over") || Next(i + 1, "above")) return (QuantityModifier.JustOver, 2);
                break;
            case "more" or "greater":
                if (Next(i + 1, "than")) return (QuantityModifier.Above, 2);
                break;
            case "upwards":
                if (Next(i + 1, "of")) return (QuantityModifier.Above, 2);
                break;
            case "in":
                if (Next(i + 1, "excess") && Next(i + 2, "of")) return (QuantityModifier.Above, 3);
                break;
            case "fewer" or "less":
                if (Next(i + 1, "than")) return (QuantityModifier.Below, 2);
                break;
            case "at":
                if (Next(i + 1, "least")) return (QuantityModifier.AtLeast, 2);
                if (Next(i + 1, "most")) return (QuantityModifier.AtMost, 2);
                break;
            case "a":
                if (Next(i + 1, "minimum") && Next(i + 2, "of")) return (QuantityModifier.AtLeast, 3);
                if (Next(i + 1, "maximum") && Next(i + 2, "of")) return (QuantityModifier.AtMost, 3);
                break;
            case "up":
                if (Next(i + 1, "to")) return (QuantityModifier.AtMost, 2);
                break;
            case "as":
                if ((Next(i + 1, "many") || Next(i + 1, "much")) && Next(i + 2, "as")) return (QuantityModifier.AtMost, 3);
                break;
            case "close":
                if (Next(i + 1, "to")) return (QuantityModifier.Nearly, 2);
                break;
            case "only":
                if (Next(i + 1, "just")) return (QuantityModifier.Barely, 2);
                break;
            case "an":
                if (Next(i + 1, "estimated")) return (QuantityModifier.About, 2);
                break;
            case "nearly" or "almost":
                return (QuantityModifier.Nearly, 1);
            case "barely" or "scarcely" or "hardly":
                return (QuantityModifier.Barely, 1);
            case "over" or "above" or "exceeding":
                return (QuantityModifier.Above, 1);
            case "under" or "below":
                return (QuantityModifier.Below, 1);
            case "about" or "around" or "roughly" or "approximately" or "some" or "circa" or "approx" or "estimated":
                return (QuantityModifier.About, 1);
            case "between":
                return (QuantityModifier.Between, 1);
        }
        return (QuantityModifier.None, 0);
    }

    // ---- numbers -------------------------------------------------------------------------------

    private bool TryAmount(int j, out Amount a)
    {
        a = default;
        if ((uint)j >= (uint)N) return false;
        a.First = j;
        a.StartPos = _k[j].Start;
        a.Scale = 1;
        bool ok = _k[j].Kind switch
        {
            NumberTokenKind.Number => TryDigits(j, ref a),
            // a word outside NumberWords.AmountStarters fails every rule of TryWords
            NumberTokenKind.Word => (_k[j].Starts & NumberWords.StartsAmount) != 0 && TryWords(j, ref a),
            _ => false,
        };
        return ok && double.IsFinite(a.Lo) && double.IsFinite(a.Hi);
    }

    private bool TryDigits(int j, ref Amount a)
    {
        var tk = _k[j];
        if (tk.LeadingZero || tk.Gap == GapKind.None) return false;
        // "COVID-19", "Su-35", and the tail of "2025-02-18" or "3-5" are not numbers of their own.
        if (tk.Gap == GapKind.Single && !tk.GapHasSpace && NumberTokenizer.IsDash(tk.GapChar) && j > 0) return false;
        char before = CharAt(tk.Start - 1);
        if (before is '#' or '^' or '/' or '\\' or '@' or '+' or '.' or '=') return false;
        double v = tk.Value;
        if (!double.IsFinite(v)) return false;
        a.Digits = true;
        a.Last = j;
        switch (before)
        {
            case '$': a.Unit = "usd"; break;
            case '£': a.Unit = "gbp"; break;
            case '€': a.Unit = "eur"; break;
            case '¥': a.Unit = "jpy"; break;
            case '₽': a.Unit = "rub"; break;
        }
        if (a.Unit is not null)
        {
            a.Kind = QuantityKind.Money;
            a.StartPos = tk.Start - 1;
        }
        if (tk.HasSuffix)
        {
            var suffix = _t.AsSpan(tk.CoreEnd, tk.End - tk.CoreEnd);
            if (IsOrdinalSuffix(suffix))
            {
                if (tk.HasSeparator || tk.HasDecimal || v < 1 || a.Kind is not null) return false;
                a.Ordinal = true;
                a.Lo = a.Hi = v;
                return true;
            }
            double scale = suffix switch
            {
                "bn" or "BN" or "Bn" => 1e9,
                "tn" => 1e12,
                "mn" => 1e6,
                "m" when a.Kind is not null => 1e6,
                "k" when a.Kind is not null => 1e3,
                _ => 0,
            };
            if (scale == 0) return false;
            v *= scale;
            a.HasScale = true;
            a.Scale = scale;
        }
        else
        {
            int k = j;
            while (k - j < 3 && SpaceBefore(k + 1) && IsWord(k + 1) && Facts(k + 1).Scale is var s and > 0)
            {
                v *= s;
                a.Scale *= s;
                a.HasScale = true;
                k++;
            }
            a.Last = k;
        }
        a.Lo = a.Hi = v;
        a.YearLike = tk.IsPlainInteger && tk.IntDigits == 4 && v >= 1000 && v <= 2100 && !a.HasScale && a.Kind is null;
        return true;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    private bool TryWords(int j, ref Amount a)
    {
        // A possessive, or the tail of a hyphenated compound ("one-on-one"), is not a number of its own.
        if (_k[j].CoreEnd != _k[j].End || (j > 0 && _k[j].HyphenJoined)) return false;
        a.Last = j;
        if (Is(j, "a") || Is(j, "an"))
        {
            if (!SpaceBefore(j + 1)) return false;
            a.Last = j + 1;
            if (Is(j + 1, "dozen")) return Set(ref a, 12, 12);
            if (Is(j + 1, "few")) return Vague(ref a, 2, 5, false);
            if (Is(j + 1, "couple")) return Vague(ref a, 2, 2, false);
            if (Is(j + 1, "half")) { a.NeedsUnit = true; return Set(ref a, 0.5, 0.5); }
            double s = IsWord(j + 1) ? Facts(j + 1).Scale : 0;
            if (s < 100) return false;
            int k = j + 1;
            while (k - j < 3 && SpaceBefore(k + 1) && IsWord(k + 1) && Facts(k + 1).Scale is var s2 and >= 1000)
            {
                s *= s2;
                k++;
            }
            a.Last = k;
            return Set(ref a, s, s);
        }
        if (Is(j, "half"))
        {
            if (SpaceBefore(j + 1) && (Is(j + 1, "a") || Is(j + 1, "an")) && SpaceBefore(j + 2) && IsWord(j + 2)
                && Facts(j + 2).DurationUnit is not null)
            {
                a.Last = j + 1;
                a.NeedsUnit = true;
                return Set(ref a, 0.5, 0.5);
            }
            return false;
        }
        if (Is(j, "several")) return Vague(ref a, 3, 9, false);
        if (Is(j, "dozens")) return Vague(ref a, 24, 100, true);
        if (Is(j, "hundreds")) return Vague(ref a, 200, 1000, true);
        if (Seq(j, "tens", "of", "thousands")) { a.Last = j + 2; return Vague(ref a, 2e4, 1e5, true); }
        if (Is(j, "thousands")) return Vague(ref a, 2000, 1e6, true);
        if (Is(j, "millions")) return Vague(ref a, 2e6, 1e9, true);
        if (Is(j, "billions")) return Vague(ref a, 2e9, 1e12, true);

        int ord = Facts(j).Ordinal;
        if (ord > 0)
        {
            bool determined = j > 0 && SpaceBefore(j) && IsWord(j - 1)
                && (Facts(j - 1).IsOrdinalDeterminer || _k[j - 1].CoreEnd < _k[j - 1].End);
            if (!determined) return false;
            a.Ordinal = true;
            return Set(ref a, ord, ord);
        }
        int card = Facts(j).Cardinal;
        if (card < 0) return false;
        return ReadCardinal(j, card, ref a);
    }

    private bool ReadCardinal(int j, int first, ref Amount a)
    {
        int idx = j;
        double cur = first, total = 0, lastScale = 0;
        if (first >= 20 && first % 10 == 0 && idx + 1 < N && _k[idx + 1].HyphenJoined && IsWord(idx + 1)
            && Facts(idx + 1).Cardinal is var unit and >= 1 and <= 9)
        {
            cur += unit;
            idx++;
        }
        while (idx - j < 12)
        {
            int nx = idx + 1;
            if (!SpaceBefore(nx) || !IsWord(nx)) break;
            double s = Facts(nx).Scale;
            if (s > 0)
            {
                if (s == 12 || s == 100) cur = (cur == 0 ? 1 : cur) * s;
                else { total += (cur == 0 ? 1 : cur) * s; cur = 0; }
                lastScale = s;
                idx = nx;
                continue;
            }
            if (lastScale == 0) break;
            int cand = nx;
            if (Is(nx, "and") && SpaceBefore(nx + 1)) cand = nx + 1;
            int c = IsWord(cand) && (_k[cand].Starts & NumberWords.CardinalWord) != 0 ? Facts(cand).Cardinal : -1;
            if (c <= 0 || c >= lastScale) break;
            if (c >= 20 && c % 10 == 0 && cand + 1 < N && _k[cand + 1].HyphenJoined && IsWord(cand + 1)
                && Facts(cand + 1).Cardinal is var u2 and >= 1 and <= 9)
            {
                c += u2;
                cand++;
            }
            cur += c;
            idx = cand;
            lastScale = 0;
        }
        double v = total + cur;
        a.Last = idx;
        a.SingleOne = idx == j && first == 1;
        a.HasScale = v >= 100 && v != first;
        return Set(ref a, v, v);
    }

    private static bool Set(ref Amount a, double lo, double hi)
    {
        a.Lo = lo;
        a.Hi = hi;
        return true;
    }

    private static bool Vague(ref Amount a, double lo, double hi, bool hiOpen)
    {
        a.Vague = true;
        a.Approx = true;
        a.HiOpen = hiOpen;
        return Set(ref a, lo, hi);
    }

    // ---- ranges --------------------------------------------------------------------------------

    private bool TryRange(ref Amount a, QuantityModifier mod)
    {
        if (a.Vague || a.Ordinal || a.NeedsUnit)
            return mod != QuantityModifier.Between;
        int n = a.Last + 1;
        if (mod == QuantityModifier.Between)
        {
            if (!Next(n, "and") || !SpaceBefore(n + 1) || !TryAmount(n + 1, out var b) || b.Vague || b.Ordinal) return false;
            return Join(ref a, b);
        }
        if ((Next(n, "to") || Next(n, "or")) && SpaceBefore(n + 1) && TryAmount(n + 1, out var c) && !c.Vague && !c.Ordinal
            && (c.Digits == a.Digits))
        {
            var copy = a;
            if (Join(ref copy, c)) a = copy;
            return true;
        }
        if (a.Digits && IsNumber(n) && _k[n].Gap == GapKind.Single && NumberTokenizer.IsDash(_k[n].GapChar))
        {
            var tk = _k[n];
            if (tk.LeadingZero || !double.IsFinite(tk.Value) || tk.Kind != NumberTokenKind.Number) return true;
            // Build the upper end directly: TryAmount refuses dash-joined numbers on purpose.
            var d = new Amount { Lo = tk.Value, Hi = tk.Value, Last = n, Scale = 1, Digits = true, First = n };
            if (tk.HasSuffix) return true;
            int k = n;
            while (k - n < 3 && SpaceBefore(k + 1) && IsWord(k + 1) && Facts(k + 1).Scale is var s and > 0)
            {
                d.Lo *= s;
                d.Hi *= s;
                d.Scale *= s;
                d.HasScale = true;
                k++;
            }
            d.Last = k;
            d.YearLike = tk.IsPlainInteger && tk.IntDigits == 4;
            var copy = a;
            if (Join(ref copy, d)) a = copy;
        }
        return true;
    }

    private static bool Join(ref Amount a, in Amount b)
    {
        double lo = a.Lo;
        if (b.HasScale && !a.HasScale) lo *= b.Scale;
        if (!(b.Hi > lo) || !double.IsFinite(lo)) return false;
        a.Lo = lo;
        a.Hi = b.Hi;
        a.Last = b.Last;
        a.Unit ??= b.Unit;
        a.Kind ??= b.Kind;
        a.YearLike = a.YearLike && b.YearLike;
        a.SingleOne = false;
        a.HasScale |= b.HasScale;
        return true;
    }

    // ---- context -------------------------------------------------------------------------------

    private bool SkipForContext(in Amount a)
    {
        int p = a.First - 1, n = a.Last + 1;
        var first = _k[a.First];
        // "No. 5", "no. 12".
        if (a.Digits && (Is(p, "no") || Is(p, "nos") || Is(p, "nr")) && first.Gap == GapKind.Single && first.GapChar == '.') return true;
        // Day numbers next to a month: "February 12", "Feb. 12", "12 February", "2nd March", "18th of February".
        if (a.Digits && a.Lo == a.Hi && a.Lo <= 31 && a.Kind is null && !a.HasScale && !_k[a.First].HasDecimal)
        {
            if (IsCapitalizedMonth(p) && (first.Gap == GapKind.Space || (first.Gap == GapKind.Single && first.GapChar == '.'))) return true;
            if (IsCapitalizedMonth(n) && SpaceBefore(n)) return true;
            if (Next(n, "of") && IsCapitalizedMonth(n + 1) && SpaceBefore(n + 1)) return true;
        }
        // Clock times: "3 pm", "0335 GMT", "5 a.m.".
        if (a.Digits && SpaceBefore(n) && IsWord(n))
        {
            if (Is(n, "gmt") || Is(n, "utc") || Is(n, "pm") || Is(n, "am") || Is(n, "hrs") || Is(n, "est") || Is(n, "edt")
                || Is(n, "cet") || Is(n, "msk") || Is(n, "bst") || Is(n, "pst") || Is(n, "o'clock") || Is(n, "o’clock"))
                return true;
            if ((Is(n, "a") || Is(n, "p")) && n + 1 < N && _k[n + 1].Gap == GapKind.Single && _k[n + 1].GapChar == '.' && Is(n + 1, "m"))
                return true;
        }
        return false;
    }

    private bool OnePronounContext(int j)
    {
        int p = j - 1;
        if (Is(p, "no") || Is(p, "the") || Is(p, "any") || Is(p, "each") || Is(p, "this") || Is(p, "that") || Is(p, "every")
            || Is(p, "which") || Is(p, "anyone") || Is(p, "someone")) return true;
        return Next(j + 1, "of") || Next(j + 1, "another");
    }

    private bool IsCountedAfterYear(in Amount a, string? counted)
    {
        // "2000 troops" counts; "in 2022", "the 2008 Bucharest Summit", "2008 invitation" are years.
        if (counted is null) return false;
        int h = a.Last + 1;
        if (!IsWord(h) || Capitalized(h) || !Facts(h).LooksPlural) return false;
        int p = a.First - 1;
        return !(Is(p, "in") || Is(p, "since") || Is(p, "of") || Is(p, "by") || Is(p, "from") || Is(p, "until") || Is(p, "till")
                 || Is(p, "before") || Is(p, "after") || Is(p, "during") || Is(p, "early") || Is(p, "late") || Is(p, "mid")
                 || Is(p, "the") || Is(p, "year"));
    }

    private bool IsIdContext(int j)
    {
        // "Resolution 2202", "Article 5", "Flight 17": a capitalised non-function word right before a bare number.
        int p = j - 1;
        if (!IsWord(p) || !SpaceBefore(j) || !Capitalized(p) || _k[p].CoreEnd != _k[p].End) return false;
        return !Facts(p).IsStop && Facts(p).Month == 0;
    }

    private static bool IsFraction(ReadOnlySpan<char> w) =>
        w.Equals("third", StringComparison.OrdinalIgnoreCase) || w.Equals("thirds", StringComparison.OrdinalIgnoreCase)
        || w.Equals("quarter", StringComparison.OrdinalIgnoreCase) || w.Equals("quarters", StringComparison.OrdinalIgnoreCase)
        || w.Equals("half", StringComparison.OrdinalIgnoreCase) || w.Equals("fifth", StringComparison.OrdinalIgnoreCase)
        || w.Equals("fifths", StringComparison.OrdinalIgnoreCase) || w.Equals("tenth", StringComparison.OrdinalIgnoreCase)
        || w.Equals("tenths", StringComparison.OrdinalIgnoreCase);

    // ---- units and counted nouns ---------------------------------------------------------------

    private bool TryPercent(int last, ref int lastTok, ref int endPos, ref string? unit)
    {
        int end = _k[last].End;
        if (CharAt(end) == '%' || (CharAt(end) == ' ' && CharAt(end + 1) == '%'))
        {
            endPos = CharAt(end) == '%' ? end + 1 : end + 2;
            unit = "percent";
            return true;
        }
        int n = last + 1;
        if (Next(n, "percent") || Next(n, "pct"))
        {
            lastTok = n;
            endPos = _k[n].End;
            unit = "percent";
            return true;
        }
        if (Next(n, "per") && Next(n + 1, "cent"))
        {
            lastTok = n + 1;
            endPos = _k[n + 1].End;
            unit = "percent";
            return true;
        }
        if (Next(n, "percentage") && (Next(n + 1, "points") || Next(n + 1, "point")))
        {
            lastTok = n + 1;
            endPos = _k[n + 1].End;
            unit = "percentage point";
            return true;
        }
        return false;
    }

    private bool TryCurrencyWord(int last, ref int lastTok, ref int endPos, ref string? unit)
    {
        int n = last + 1;
        string? u = Next(n, "dollars") || Next(n, "dollar") ? "usd"
            : Next(n, "euros") || Next(n, "euro") ? "eur"
            : Next(n, "rubles") || Next(n, "roubles") ? "rub"
            : Next(n, "yuan") ? "cny"
            : Next(n, "hryvnias") ? "uah"
            : null;
        if (u is null) return false;
        unit = u;
        lastTok = n;
        endPos = _k[n].End;
        return true;
    }

    /// <summary>Finds the head noun of the phrase a number counts; returns its token index or -1.</summary>
    /// <remarks>
    /// Takes up to three words (a hyphenated compound is one word) and stops at a function word, punctuation, an -ly adverb or
    /// a verb-like -ed word; the last word taken is the head. A plural head ends the phrase ("four main agreements"); after a
    /// singular number a plural-looking word that is followed by a determiner is read as a verb ("the first stage involves a").
    /// </remarks>
    private int ParseCounted(int from, bool singular, bool skipOf)
    {
        int idx = from;
        if (skipOf && Next(idx, "of")) idx++;
        int taken = 0, head = -1;
        while (taken < 3 && idx < N)
        {
            if (!SpaceBefore(idx) || !IsWord(idx)) break;
            int m = idx;
            while (m + 1 < N && m - idx < 4 && _k[m + 1].HyphenJoined && IsWord(m + 1)) m++;
            var w = Core(idx);
            if (m == idx)
            {
                if (Facts(idx).IsStop || Is(idx, "another")) break;
                if (w.Length > 3 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !IsLyNoun(w)) break;
                if (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                {
                    int nx = m + 1;
                    bool adjective = SpaceBefore(nx) && IsWord(nx) && !Facts(nx).IsStop
                                     && !Core(nx).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
                    if (!adjective) break;
                }
            }
            bool possessive = _k[m].CoreEnd != _k[m].End;
            bool plural = !possessive && Facts(m).LooksPlural;
            if (singular && plural && taken >= 1 && LooksLikeVerb(m)) break;
            head = m;
            taken++;
            idx = m + 1;
            if (possessive || (!singular && plural)) break;
        }
        return head;
    }

    private bool LooksLikeVerb(int i)
    {
        var w = Core(i);
        Span<char> b = stackalloc char[16];
        switch (NumberWords.Lower(w, b))
        {
            case "takes" or "makes" or "calls" or "involves" or "includes" or "comes" or "goes" or "marks" or "means" or "seems"
                or "remains" or "shows" or "requires" or "gives" or "sees" or "puts" or "sets" or "looks" or "becomes"
                or "follows" or "begins" or "ends" or "starts" or "happens" or "appears" or "lasts" or "aims" or "focuses":
                return true;
        }
        int nx = i + 1;
        return SpaceBefore(nx) && IsWord(nx) && Facts(nx).IsOrdinalDeterminer;
    }

    private static bool IsLyNoun(ReadOnlySpan<char> w)
    {
        Span<char> b = stackalloc char[16];
        return NumberWords.Lower(w, b) switch
        {
            "family" or "rally" or "ally" or "assembly" or "supply" or "reply" or "anomaly" or "monopoly" or "italy" or "july"
                or "bully" or "belly" or "lily" or "tally" or "jelly" or "fly" or "butterfly" => true,
            _ => false,
        };
    }
}
