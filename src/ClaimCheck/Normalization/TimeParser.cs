using System.Runtime.CompilerServices;

namespace ClaimCheck.Normalization;

/// <summary>Recognises time expressions in a token list and resolves them against a dateline; one instance per scanned range.</summary>
/// <remarks>
/// Left to right, each attempt bounded to a few tokens, so linear overall. Impossible dates ("February 31") and
/// dates outside <see cref="DateOnly"/>'s range are skipped, never thrown.
/// </remarks>
internal struct TimeParser
{
    private readonly string _t;
    private readonly NumberToken[] _k;
    private readonly DateOnly? _dateline;
    // Set when a whole date was read but is impossible ("February 31, 2025"): its parts are not scanned again.
    private int _skipTo;

    private readonly bool _gate;

    /// <param name="text">The text the tokens index.</param>
    /// <param name="tokens">The tokens of the scanned range.</param>
    /// <param name="dateline">The article's date, for relative expressions.</param>
    /// <param name="gate">Skip words that cannot start a time expression (<see cref="NumberWords.TimeStarters"/>) with one
    /// lookup; <c>false</c> tries every token (tests compare both).</param>
    public TimeParser(string text, NumberToken[] tokens, DateOnly? dateline, bool gate = true)
    {
        _t = text;
        _k = tokens;
        _dateline = dateline;
        _gate = gate;
    }

    private int N => _k.Length;

    public void Run(List<TimeExpression> output)
    {
        int i = 0, payload = 0;
        while (i < N)
        {
            // No quantity or date starts further than MaxLeadToPayload tokens before a number or payload word.
            if (_gate && NumberWords.FarFromPayload(_k, i, ref payload))
            {
                i = Math.Max(i + 1, _skipTo);
                continue;
            }
            // An id, or a word outside the starters, fails every rule of TryAt: one lookup instead of many.
            if (_gate && _k[i].Kind != NumberTokenKind.Number
                && (_k[i].Kind == NumberTokenKind.Id || (_k[i].Starts & NumberWords.StartsTime) == 0))
            {
                i = Math.Max(i + 1, _skipTo);
                continue;
            }
            if (TryAt(i, out var expression, out int next))
            {
                output.Add(expression);
                i = next;
            }
            else i = Math.Max(i + 1, _skipTo);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Next(int i, string lit) => SpaceBefore(i) && Is(i, lit);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool GapIs(int i, char c) => (uint)i < (uint)N && _k[i].Gap == GapKind.Single && _k[i].GapChar == c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Capitalized(int i) => Chars.IsUpper(_t[_k[i].Start]);

    private int MonthAt(int i) => IsWord(i) && Capitalized(i) && _k[i].CoreEnd == _k[i].End ? Facts(i).Month : 0;

    /// <summary>A day-of-month number: "12", "2nd", "18th".</summary>
    private int DayAt(int i)
    {
        if (!IsNumber(i)) return 0;
        var tk = _k[i];
        if (tk.HasSeparator || tk.HasDecimal || tk.IntDigits > 2 || tk.Value < 1 || tk.Value > 31) return 0;
        if (tk.HasSuffix)
        {
            var s = _t.AsSpan(tk.CoreEnd, tk.End - tk.CoreEnd);
            if (!(s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
                  || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase))) return 0;
        }
        return (int)tk.Value;
    }

    private bool IsOrdinalNumber(int i) => IsNumber(i) && _k[i].HasSuffix && DayAt(i) > 0;

    /// <summary>A four-digit year 1900–2100 with nothing attached.</summary>
    private int YearAt(int i)
    {
        if (!IsNumber(i)) return 0;
        var tk = _k[i];
        if (!tk.IsPlainInteger || tk.IntDigits != 4 || tk.Value < 1900 || tk.Value > 2100) return 0;
        return (int)tk.Value;
    }

    private bool Emit(int startTok, int endTok, DateOnly from, DateOnly to, TimeResolution resolution, out TimeExpression e) =>
        EmitPos(_k[startTok].Start, _k[endTok].Kind == NumberTokenKind.Word ? _k[endTok].CoreEnd : _k[endTok].End, from, to, resolution, out e);

    private bool EmitPos(int start, int end, DateOnly from, DateOnly to, TimeResolution resolution, out TimeExpression e)
    {
        e = null!;
        if (end <= start || to < from) return false;
        e = new TimeExpression(_t.Substring(start, end - start), TextSpan.FromBounds(start, end), from, to, resolution);
        return true;
    }

    // ---- dispatch ------------------------------------------------------------------------------

    private bool TryAt(int i, out TimeExpression e, out int next)
    {
        next = i + 1;
        e = null!;
        if (TryIso(i, out e, out next)) return true;
        if (TryWeekdayDate(i, out e, out next)) return true;
        if (TryMonthFirst(i, i, out e, out next)) return true;
        if (TryDayFirst(i, i, out e, out next)) return true;
        if (TryYear(i, out e, out next)) return true;
        if (_dateline is not { } d || d.Year < 2 || d.Year > 9998) { next = i + 1; return false; }
        if (TryRelative(i, d, out e, out next)) return true;
        if (TryWeekday(i, i, d, out e, out next)) return true;
        if (TryTheDay(i, d, out e, out next)) return true;
        next = i + 1;
        return false;
    }

    // ---- absolute dates ------------------------------------------------------------------------

    private bool TryIso(int i, out TimeExpression e, out int next)
    {
        e = null!;
        next = i + 1;
        int y = YearAt(i);
        if (y == 0 || !IsNumber(i + 1) || !IsNumber(i + 2)) return false;
        var m = _k[i + 1];
        var dd = _k[i + 2];
        if (!(m.HyphenJoined && dd.HyphenJoined && m.IsPlainInteger && dd.IsPlainInteger && m.IntDigits == 2 && dd.IntDigits == 2)) return false;
        if (!DateMath.TryCreate(y, (long)m.Value, (long)dd.Value, out var date)) return false;
        next = i + 3;
        return Emit(i, i + 2, date, date, TimeResolution.Absolute, out e);
    }

    private bool TryWeekdayDate(int i, out TimeExpression e, out int next)
    {
        e = null!;
        next = i + 1;
        if (!IsWord(i) || (_k[i].Starts & NumberWords.WeekdayWord) == 0 || !Capitalized(i) || Facts(i).Weekday is null) return false;
        int n = i + 1;
        if (!GapIs(n, ',') && !SpaceBefore(n)) return false;
        return TryMonthFirst(n, i, out e, out next) || TryDayFirst(n, i, out e, out next);
    }

    private bool TryMonthFirst(int i, int spanStart, out TimeExpression e, out int next)
    {
        e = null!;
        next = i + 1;
        int month = MonthAt(i);
        if (month == 0) return false;
        int n = i + 1;
        bool abbreviated = NumberWords.IsMonthAbbreviation(Core(i));
        bool gapOk = SpaceBefore(n) || (abbreviated && GapIs(n, '.'));
        int day = gapOk ? DayAt(n) : 0;
        if (day > 0)
        {
            int y = (SpaceBefore(n + 1) || GapIs(n + 1, ',')) ? YearAt(n + 1) : 0;
            if (y > 0)
            {
                next = n + 2;
                if (!DateMath.TryCreate(y, month, day, out var date)) { _skipTo = next; return false; }
                return Emit(spanStart, n + 1, date, date, TimeResolution.Absolute, out e);
            }
            next = n + 1;
            return TryYearFromDateline(month, day, out var guessed)
                   && Emit(spanStart, n, guessed, guessed, TimeResolution.AbsoluteYearFromDateline, out e);
        }
        if (spanStart != i) return false;
        int year = SpaceBefore(n) ? YearAt(n) : 0;
        int last = n;
        if (year == 0 && Next(n, "of") && SpaceBefore(n + 1)) { year = YearAt(n + 1); last = n + 1; }
        if (year > 0)
        {
            next = last + 1;
            return DateMath.TryMonth(year, month, out var from, out var to) && Emit(i, last, from, to, TimeResolution.Absolute, out e);
        }
        return TryMonthAlone(i, month, out e, out next);
    }

    private bool TryMonthAlone(int i, int month, out TimeExpression e, out int next)
    {
        e = null!;
        next = i + 1;
        if (_dateline is not { } d) return false;
        int p = i - 1;
        bool hyphen = _k[i].HyphenJoined;
        if (!(hyphen ? Is(p, "mid") : SpaceBefore(i))) return false;
        string? cue = null;
        foreach (var w in MonthCues)
        {
            if (Is(p, w)) { cue = w; break; }
        }
        if (cue is null) return false;
        int year = cue switch
        {
            "last" => month < d.Month ? d.Year : d.Year - 1,
            "next" => month > d.Month ? d.Year : d.Year + 1,
            "this" => d.Year,
            _ => ClosestYear(d, month),
        };
        if (!DateMath.TryMonth(year, month, out var from, out var to)) return false;
        switch (cue)
        {
            case "early": to = from.AddDays(9); break;
            case "mid": from = from.AddDays(10); to = from.AddDays(9); break;
            case "late": from = from.AddDays(20); break;
            case "since": to = d >= from ? d : to; break;
        }
        bool includeCue = cue is "early" or "mid" or "late" or "last" or "next" or "this" or "since";
        next = i + 1;
        return Emit(includeCue ? p : i, i, from, to, TimeResolution.AbsoluteYearFromDateline, out e);
    }

    private static readonly string[] MonthCues =
    [
        "in", "since", "until", "till", "by", "early", "late", "mid", "during", "from", "before", "after", "through",
        "throughout", "last", "next", "this", "of",
    ];

    private static int ClosestYear(DateOnly d, int month)
    {
        int best = d.Year;
        long bestDistance = long.MaxValue;
        for (int y = d.Year - 1; y <= d.Year + 1; y++)
        {
            long distance = Math.Abs((y * 12L + month) - (d.Year * 12L + d.Month));
            // Ties go to the past: news reports more often look back.
            if (distance < bestDistance) { best = y; bestDistance = distance; }
        }
        return best;
    }

    private bool TryDayFirst(int i, int spanStart, out TimeExpression e, out int next)
    {
        e = null!;
        next = i + 1;
        int day = DayAt(i);
        if (day == 0) return false;
        int m = i + 1;
        if (Next(m, "of")) m++;
        if (!SpaceBefore(m)) return false;
        int month = MonthAt(m);
        if (month == 0) return false;
        int y = (SpaceBefore(m + 1) || GapIs(m + 1, ',')) ? YearAt(m + 1) : 0;
        if (y > 0)
        {
            next = m + 2;
            if (!DateMath.TryCreate(y, month, day, out var date)) { _skipTo = next; return false; }
            return Emit(spanStart, m + 1, date, date, TimeResolution.Absolute, out e);
        }
        next = m + 1;
        return TryYearFromDateline(month, day, out var guessed) && Emit(spanStart, m, guessed, guessed, TimeResolution.AbsoluteYearFromDateline, out e);
    }

    /// <summary>Picks the year that puts month/day nearest the dateline (within about six months).</summary>
    private bool TryYearFromDateline(int month, int day, out DateOnly date)
    {
        date = default;
        if (_dateline is not { } d) return false;
        bool found = false;
        long best = long.MaxValue;
        for (int y = d.Year - 1; y <= d.Year + 1; y++)
        {
            if (!DateMath.TryCreate(y, month, day, out var candidate)) continue;
            long distance = Math.Abs((long)candidate.DayNumber - d.DayNumber);
            if (distance < best) { best = distance; date = candidate; found = true; }
        }
        // Any real month/day lies within half a year of the dateline; only February 29 can miss, and is then skipped.
        return found && best <= 184;
    }

    private bool TryYear(int i, out TimeExpression e, out int next)
    {
        e = null!;
        next = i + 1;
        if (!IsNumber(i)) return false;
        var tk = _k[i];
        char before = tk.Start > 0 ? _t[tk.Start - 1] : ' ';
        if (before is '$' or '£' or '€' or '#' or '/' or '.' or '^') return false;
        if (tk.HyphenJoined && i > 0) return false;
        int start = i;
        int year;
        DateOnly from, to;
        // Decades: "the 1990s".
        if (tk.HasSuffix && tk.End - tk.CoreEnd == 1 && _t[tk.CoreEnd] == 's' && !tk.HasSeparator && !tk.HasDecimal
            && tk.IntDigits == 4 && tk.Value >= 1900 && tk.Value <= 2100 && tk.Value % 10 == 0)
        {
            year = (int)tk.Value;
            if (!DateMath.TryYear(year, out from, out _) || !DateMath.TryYear(year + 9, out _, out to)) return false;
            return Emit(i, i, from, to, TimeResolution.Year, out e);
        }
        year = YearAt(i);
        if (year == 0) return false;
        int n = i + 1;
        char after = tk.End < _t.Length ? _t[tk.End] : ' ';
        if (after is '%') return false;
        // A malformed ISO date ("2025-13-45") is not a year.
        if (IsNumber(n) && _k[n].HyphenJoined && IsNumber(n + 1) && _k[n + 1].HyphenJoined) return false;
        if (SpaceBefore(n) && IsWord(n))
        {
            if (Facts(n).Scale > 0 || Is(n, "percent") || Facts(n).DurationUnit is not null) return false;
            // "2000 troops" is a count, not a year.
            if (!Capitalized(n) && Facts(n).LooksPlural && !Facts(n).IsStop) return false;
        }
        if (!DateMath.TryYear(year, out from, out to)) return false;
        int last = i;
        int end2 = 0;
        if (IsNumber(n) && _k[n].Gap == GapKind.Single && NumberTokenizer.IsDash(_k[n].GapChar)) end2 = n;
        else if ((Next(n, "to") || (Next(n, "and") && Is(i - 1, "between"))) && SpaceBefore(n + 1) && IsNumber(n + 1)) end2 = n + 1;
        if (end2 > 0)
        {
            int y2 = YearAt(end2);
            if (y2 == 0 && IsNumber(end2) && _k[end2].IsPlainInteger && _k[end2].IntDigits == 2) y2 = year / 100 * 100 + (int)_k[end2].Value;
            if (y2 > year && DateMath.TryYear(y2, out _, out var to2)) { to = to2; last = end2; }
        }
        if (Is(i - 1, "since") && SpaceBefore(i))
        {
            start = i - 1;
            to = _dateline is { } d && d >= from ? d : to;
        }
        next = last + 1;
        return Emit(start, last, from, to, TimeResolution.Year, out e);
    }

    // ---- relative to the dateline --------------------------------------------------------------

    private bool TryRelative(int i, DateOnly d, out TimeExpression e, out int next)
    {
        e = null!;
        next = i + 1;
        const TimeResolution R = TimeResolution.RelativeToDateline;
        if (Is(i, "today") || Is(i, "tonight")) return Emit(i, i, d, d, R, out e);
        if (Is(i, "yesterday")) return DateMath.TryAddDays(d, -1, out var y) && Emit(i, i, y, y, R, out e);
        if (Is(i, "tomorrow")) return DateMath.TryAddDays(d, 1, out var t) && Emit(i, i, t, t, R, out e);
        if (Is(i, "this") && (Next(i + 1, "morning") || Next(i + 1, "afternoon") || Next(i + 1, "evening")))
        {
            next = i + 2;
            return Emit(i, i + 1, d, d, R, out e);
        }
        if (Is(i, "last") && Next(i + 1, "night"))
        {
            next = i + 2;
            return DateMath.TryAddDays(d, -1, out var ln) && Emit(i, i + 1, ln, ln, R, out e);
        }
        // "the past decade", "the last two years", "over the past week": a rolling window ending at the dateline.
        if (Is(i, "the") && (Next(i + 1, "past") || Next(i + 1, "last")) && TryRolling(i + 2, d, out var rf, out int rl))
        {
            next = rl + 1;
            return Emit(i, rl, rf, d, R, out e);
        }
        if (Is(i, "past") && TryRolling(i + 1, d, out var pf, out int pl))
        {
            next = pl + 1;
            return Emit(i, pl, pf, d, R, out e);
        }
        if ((Is(i, "earlier") || Is(i, "later")) && Next(i + 1, "this") && SpaceBefore(i + 2)
            && CalendarUnit(i + 2, d, 0, out var cf, out var ct))
        {
            next = i + 3;
            return Is(i, "earlier") ? Emit(i, i + 2, cf, d < ct ? d : ct, R, out e) : Emit(i, i + 2, d > cf ? d : cf, ct, R, out e);
        }
        int dir = Is(i, "last") ? -1 : Is(i, "this") ? 0 : Is(i, "next") ? 1 : 2;
        if (dir != 2 && SpaceBefore(i + 1) && IsWord(i + 1))
        {
            if (CalendarUnit(i + 1, d, dir, out var from, out var to))
            {
                next = i + 2;
                return Emit(i, i + 1, from, to, R, out e);
            }
            if ((_k[i + 1].Starts & NumberWords.WeekdayWord) != 0 && Capitalized(i + 1) && Facts(i + 1).Weekday is { } wd)
            {
                next = i + 2;
                if (dir == 0) return TryWeekday(i + 1, i, d, out e, out next);
                DateOnly date;
                if (dir < 0)
                {
                    int back = ((int)d.DayOfWeek - (int)wd + 7) % 7;
                    if (!DateMath.TryAddDays(d, -(back == 0 ? 7 : back), out date)) return false;
                }
                else if (!DateMath.TryWeekStart(d, out var ws) || !DateMath.TryAddDays(ws, 7 + DateMath.FromMonday(wd), out date)) return false;
                return Emit(i, i + 1, date, date, R, out e);
            }
        }
        // "two days ago", "a week ago", "a few weeks ago"; "in two weeks".
        bool inForm = Is(i, "in") && SpaceBefore(i + 1);
        if (TryAgo(inForm ? i + 1 : i, d, inForm, out var af, out var at, out int al))
        {
            next = al + 1;
            return Emit(i, al, af, at, R, out e);
        }
        return false;
    }

    /// <summary>week/month/year/weekend relative to the dateline: <paramref name="dir"/> -1 last, 0 this, 1 next.</summary>
    private bool CalendarUnit(int i, DateOnly d, int dir, out DateOnly from, out DateOnly to)
    {
        from = to = default;
        if (!IsWord(i) || _k[i].CoreEnd != _k[i].End) return false;
        if (Is(i, "week") || Is(i, "weekend"))
        {
            if (!DateMath.TryWeekStart(d, out var ws) || !DateMath.TryAddDays(ws, 7 * dir, out var start)) return false;
            return Is(i, "week")
                ? DateMath.TryAddDays(start, 0, out from) && DateMath.TryAddDays(start, 6, out to)
                : DateMath.TryAddDays(start, 5, out from) && DateMath.TryAddDays(start, 6, out to);
        }
        if (Is(i, "month"))
        {
            return DateMath.TryAddMonths(new DateOnly(d.Year, d.Month, 1), dir, out var m) && DateMath.TryMonth(m.Year, m.Month, out from, out to);
        }
        if (Is(i, "year")) return DateMath.TryYear(d.Year + dir, out from, out to);
        return false;
    }

    /// <summary>"[N] unit" after "the past": the window [dateline − N units, dateline].</summary>
    private bool TryRolling(int i, DateOnly d, out DateOnly from, out int last)
    {
        from = default;
        last = i;
        if (!SpaceBefore(i)) return false;
        double hi = 1;
        int u = i;
        if (TryCount(i, out _, out double counted, out int cl)) { hi = counted; u = cl + 1; }
        if (!SpaceBefore(u) || !IsWord(u) || Facts(u).DurationUnit is not { } unit) return false;
        last = u;
        return Shift(d, unit, -hi, out from);
    }

    private bool TryAgo(int i, DateOnly d, bool future, out DateOnly from, out DateOnly to, out int last)
    {
        from = to = default;
        last = i;
        if (!TryCount(i, out double lo, out double hi, out int cl)) return false;
        int u = cl + 1;
        if (!SpaceBefore(u) || !IsWord(u) || Facts(u).DurationUnit is not { } unit) return false;
        if (unit is "second" or "minute" or "hour") return false;
        if (future)
        {
            if (Next(u + 1, "ago") || Next(u + 1, "of") || lo != hi) return false;
            last = u;
        }
        else
        {
            if (!Next(u + 1, "ago")) return false;
            last = u + 1;
        }
        double sign = future ? 1 : -1;
        if (!Shift(d, unit, sign * hi, out var a) || !Shift(d, unit, sign * lo, out var b)) return false;
        (from, to) = a <= b ? (a, b) : (b, a);
        if (lo == hi && unit is "month")
            return DateMath.TryMonth(from.Year, from.Month, out from, out to);
        if (lo == hi && unit is "year" or "decade" or "century")
            return DateMath.TryYear(from.Year, out from, out to);
        return true;
    }

    private static bool Shift(DateOnly d, string unit, double amount, out DateOnly result)
    {
        result = default;
        if (!double.IsFinite(amount) || Math.Abs(amount) > 100_000) return false;
        long n = (long)Math.Round(amount);
        return unit switch
        {
            "day" => DateMath.TryAddDays(d, n, out result),
            "week" => DateMath.TryAddDays(d, 7 * n, out result),
            "fortnight" => DateMath.TryAddDays(d, 14 * n, out result),
            "month" => DateMath.TryAddMonths(d, n, out result),
            "year" => DateMath.TryAddMonths(d, 12 * n, out result),
            "decade" => DateMath.TryAddMonths(d, 120 * n, out result),
            "century" => DateMath.TryAddMonths(d, 1200 * n, out result),
            _ => false,
        };
    }

    /// <summary>A small count before a time unit: "two", "3", "a", "a few", "several", "a couple of".</summary>
    private bool TryCount(int i, out double lo, out double hi, out int last)
    {
        lo = hi = 0;
        last = i;
        if ((uint)i >= (uint)N) return false;
        if (IsNumber(i))
        {
            var tk = _k[i];
            if (!tk.IsPlainInteger || tk.IntDigits > 5 || tk.Value < 1) return false;
            lo = hi = tk.Value;
            return true;
        }
        if (Is(i, "a") || Is(i, "an"))
        {
            if (Next(i + 1, "few")) { lo = 2; hi = 5; last = i + 1; return true; }
            if (Next(i + 1, "couple")) { lo = hi = 2; last = Next(i + 2, "of") ? i + 2 : i + 1; return true; }
            lo = hi = 1;
            return true;
        }
        if (Is(i, "several")) { lo = 3; hi = 9; return true; }
        if (!IsWord(i)) return false;
        int c = (_k[i].Starts & NumberWords.CardinalWord) != 0 ? Facts(i).Cardinal : -1;
        if (c < 1) return false;
        if (c >= 20 && i + 1 < N && _k[i + 1].HyphenJoined && IsWord(i + 1) && Facts(i + 1).Cardinal is var u and >= 1 and <= 9)
        {
            c += u;
            last = i + 1;
        }
        lo = hi = c;
        return true;
    }

    private bool TryWeekday(int i, int spanStart, DateOnly d, out TimeExpression e, out int next)
    {
        e = null!;
        next = i + 1;
        if (!IsWord(i) || (_k[i].Starts & NumberWords.WeekdayWord) == 0 || !Capitalized(i) || Facts(i).Weekday is not { } wd) return false;
        if (spanStart == i && IsWord(i - 1) && SpaceBefore(i) && Capitalized(i - 1) && Facts(i - 1).IsWeekdayNamePrefix) return false;
        DateOnly date;
        if (IsFutureAt(i))
        {
            int forward = ((int)wd - (int)d.DayOfWeek + 7) % 7;
            if (!DateMath.TryAddDays(d, forward, out date)) return false;
        }
        else
        {
            int back = ((int)d.DayOfWeek - (int)wd + 7) % 7;
            if (!DateMath.TryAddDays(d, -back, out date)) return false;
        }
        return Emit(spanStart, i, date, date, TimeResolution.RelativeToDateline, out e);
    }

    /// <summary>Whether the weekday at <paramref name="at"/> is spoken of as future.</summary>
    /// <remarks>
    /// The nearest tense marker decides: first looking back from the weekday (the verb governing "on Monday" usually precedes it),
    /// then forward. Future markers: will, shall, expected, expects, planning, plans, planned, upcoming, scheduled. Past markers:
    /// common irregular past forms and -ed words. No marker within twelve tokens means past: news mostly reports.
    /// </remarks>
    private bool IsFutureAt(int at)
    {
        for (int i = at - 1; i >= 0 && at - i <= 12; i--)
        {
            int tense = Tense(i);
            if (tense != 0) return tense > 0;
        }
        for (int i = at + 1; i < N && i - at <= 12; i++)
        {
            int tense = Tense(i);
            if (tense != 0) return tense > 0;
        }
        return false;
    }

    /// <summary>+1 for a future marker, -1 for a past-tense verb, 0 otherwise.</summary>
    private int Tense(int i)
    {
        if (!IsWord(i) || _k[i].CoreEnd != _k[i].End) return 0;
        var w = Core(i);
        if (w.Length > 16) return 0;
        Span<char> b = stackalloc char[16];
        switch (NumberWords.Lower(w, b))
        {
            case "will" or "shall" or "expected" or "expects" or "planning" or "plans" or "planned" or "upcoming" or "scheduled" or "'ll":
                return 1;
            case "met" or "held" or "said" or "was" or "were" or "had" or "did" or "spoke" or "took" or "made" or "began" or "led"
                or "came" or "went" or "told" or "gave" or "saw" or "sent" or "left" or "got" or "found" or "ran" or "won":
                return -1;
        }
        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !Capitalized(i) ? -1 : 0;
    }

    /// <summary>"the 18th": the most recent 18th on or before the dateline.</summary>
    private bool TryTheDay(int i, DateOnly d, out TimeExpression e, out int next)
    {
        e = null!;
        next = i + 1;
        int n = i + 1;
        if (!Is(i, "the") || !SpaceBefore(n) || !IsOrdinalNumber(n)) return false;
        int after = n + 1;
        if (SpaceBefore(after) && IsWord(after))
        {
            // "the 18th century", "the 18th of February" (a day-first date, handled at the number).
            if (Is(after, "of") || MonthAt(after) > 0) return false;
            if (!Facts(after).IsStop && !Capitalized(after)) return false;
        }
        int day = DayAt(n);
        var month = new DateOnly(d.Year, d.Month, 1);
        if (day > d.Day && !DateMath.TryAddMonths(month, -1, out month)) return false;
        if (!DateMath.TryCreate(month.Year, month.Month, day, out var date)) return false;
        next = n + 1;
        return Emit(i, n, date, date, TimeResolution.RelativeToDateline, out e);
    }
}
